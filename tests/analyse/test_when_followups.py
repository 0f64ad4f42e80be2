"""analyse/when on follow-up reports: the shooting's day told days or weeks later, beside the
news day of an arrest, charges, a death in hospital, a vigil or funeral, a lawsuit, a trial or a
sentencing, an anniversary. The day is written "the Nov. 12 shooting", "on the night of Oct. 3",
"Saturday, Nov. 9", "last month", "in August", "two weeks ago", "the day after Thanksgiving",
"nine days after the shooting", "June 18 last year"; where only a month is told the event keeps a
month's precision (a row whose want is "YYYY-MM" asks for that month at precision 3).

Every headline and sentence here is invented for these tests (the towns, streets and outlets are
real, the events are not). Each row: id, publication day, address, headline, text, the day of the
shooting. The 32 "s" stories (8-25 sentences, three same-day controls) were written before any
rule: main at 1061ab2 got 28 right (misses: "two weeks ago" beside a death's weekday, "the day
after Thanksgiving" beside a "named a suspect Monday", "captured Thursday in El Paso, nine days
after the shooting", "June 18 last year"). Probes (pub Wed 2017-11-15): "p" six follow-up frames
by ten ways to tell the day, "n" a day before a noun of violence, "k" same-day controls, main 73
of 78; "q" written after reading those misses, main 9 of 26; h-date22 all 136. Written after the
rules as a check: "v" (12 follow-ups, 6 controls), main 10 of 18, h-date22 17.
"""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from newsfold.analyse import timeexpr

from . import when_helpers
from .when_helpers import Row, day_table_test


def _prose(raw: str) -> str:
    """A story written in short lines: its paragraphs joined into lines."""
    paragraphs = textwrap.dedent(raw).strip().split("\n\n")
    return "\n\n".join(" ".join(p.split("\n")) for p in paragraphs)


STORIES: list[Row] = [
    (
        "s01",
        "2019-11-20",
        "https://www.wcnc.com/article/news/crime/",
        "Arrest made in Nov. 12 shooting on Beatties Ford Road",
        """
CHARLOTTE, N.C. -- Police arrested a 22-year-old man Tuesday in the Nov. 12 shooting that killed
a father of three on Beatties Ford Road, Charlotte-Mecklenburg Police said.

Marcus Dean Holloway was taken into custody without incident at an apartment on Tuesday
afternoon. He is charged with first-degree murder.

Investigators said the victim, 34-year-old Andre Little, was sitting in his car outside a
convenience store when someone walked up and fired several rounds through the window. He died at
the scene.

Detectives said tips from the public led them to Holloway. A spokesperson declined to say what
the motive may have been.

Holloway is expected to make his first court appearance Wednesday. Little's family has planned a
balloon release for Saturday.

Tips go to Crime Stoppers at 704-334-1600.
""",
        "2019-11-12",
    ),
    (
        "s02",
        "2018-06-11",
        "https://www.kshb.com/news/crime/",
        "Man shot outside Westport bar dies a week later",
        """
KANSAS CITY, Mo. -- A man who was shot outside a Westport bar died Sunday, a week after he was
shot, police said Monday.

Kansas City police identified him as Terrell Owens-Baker, 29, of Raytown.

Officers were called to the 4000 block of Pennsylvania Avenue shortly after 1:30 a.m. on a
report of a disturbance. They found Owens-Baker on the sidewalk, hit once in the
chest.

Medics rushed him to a hospital, where he never regained consciousness, his sister
said.

Police said an argument inside the bar spilled onto the street before the shots were fired. No
arrest has been made.

His death is now being investigated as a homicide. The family will hold a memorial service
Thursday at a church in Raytown.
""",
        "2018-06-03",
    ),
    (
        "s03",
        "2021-09-23",
        "https://www.wave3.com/news/",
        "Trial opens for man accused in 2020 killing at Louisville gas station",
        """
LOUISVILLE, Ky. (WAVE) - Opening statements began Thursday in the trial of a man accused in the
March 2020 killing of a clerk at a gas station in the Russell neighborhood.

Devonte Parks, 26, has pleaded not guilty to murder and robbery charges.

Prosecutors told jurors that Parks walked into the store on West Market Street with a handgun
and demanded cash. The clerk, 41-year-old Samir Haddad, was shot twice and died at the scene.

Haddad was shot March 14, 2020, just days before the pandemic shut down much of the city, his
brother told reporters outside the courtroom.

The defense said there is no physical evidence placing Parks inside the store and that the
surveillance video is too grainy to identify anyone.

The trial is expected to last two weeks. Judge Mary Shaw told jurors they could hear from as
many as 20 witnesses.
""",
        "2020-03-14",
    ),
    (
        "s04",
        "2017-10-17",
        "https://www.wlky.com/article/",
        "Teen charged with murder in Oct. 3 shooting death",
        """
Prosecutors on Monday charged a 19-year-old with murder in the Oct. 3 shooting death of a man in
the Portland neighborhood.

Jalen Cross was already in jail on an unrelated probation violation when the new charge was
filed, according to court records.

Police said Cross and the victim, 23-year-old Devin Russ, had been arguing over money for
several weeks. Witnesses told detectives they saw Cross fire at Russ as he walked along North
26th Street.

Russ was pronounced dead at University Hospital.

Cross is due in court Thursday for an arraignment. His attorney could not be reached for comment
Monday.

Russ's mother said she was relieved. "It doesn't bring him back, but somebody has to answer for
it," she said.
""",
        "2017-10-03",
    ),
    (
        "s05",
        "2016-04-10",
        "https://www.wpxi.com/news/local/",
        "Dozens gather to remember man killed in Homewood",
        """
PITTSBURGH -- Family and friends gathered Saturday night for a vigil for the man killed in a
shooting last Wednesday in Homewood.

About 60 people lit candles and released balloons on Frankstown Avenue, near the spot where
31-year-old Kevin Marsh was found.

Marsh was shot several times while walking home from a bus stop, police said. Officers found him
lying in the street after a ShotSpotter alert.

He was taken to UPMC Presbyterian, where he died.

"He was the kind of guy who'd give you his last dollar," said his cousin, who organized the
vigil.

Pittsburgh police have not announced any arrests. Detectives asked anyone who was in the area to
call the homicide tip line.
""",
        "2016-04-06",
    ),
    (
        "s06",
        "2017-02-16",
        "https://www.dispatch.com/news/20170216/",
        "Family sues bar owner over fatal shooting",
        """
COLUMBUS, Ohio -- The family of a man killed in a parking lot outside a Short North bar filed a
wrongful-death lawsuit Thursday against the bar's owners.

The suit, filed in Franklin County Common Pleas Court, says the bar failed to provide security
despite a history of fights in the lot.

Curtis Lane, 28, was shot in the head during the shooting on Aug. 9, 2016, after an argument
that began inside, the complaint says.

A 24-year-old man was later convicted of reckless homicide in the case and is serving a prison
term.

An attorney for the bar's owners said Thursday that they had not yet seen the lawsuit and would
not comment.

The family is seeking more than $25,000 in damages.
""",
        "2016-08-09",
    ),
    (
        "s07",
        "2016-11-18",
        "https://www.nola.com/news/crime_police/",
        "Man gets 40 years for Fourth of July shooting in Central City",
        """
NEW ORLEANS -- A man was sentenced Friday to 40 years in prison for the July 4, 2015, shooting
that killed a teenager watching fireworks in Central City.

Judge Laurie White handed down the sentence to Tyrone Battiste, 25, who pleaded guilty to
manslaughter last month.

Prosecutors said Battiste fired into a crowd on Washington Avenue, aiming at a man he had fought
with earlier in the day. A 16-year-old girl was struck in the neck.

She died two days later at University Medical Center.

The girl's grandmother addressed the court before the sentence was read. "She was just standing
there," she said.

Battiste's lawyer asked for leniency, saying his client was remorseful.
""",
        "2015-07-04",
    ),
    (
        "s08",
        "2018-05-09",
        "https://www.wsoctv.com/news/local/",
        "Victim of Maple Street shooting dies",
        """
GASTONIA, N.C. -- The victim of a shooting two weeks ago on Maple Street has died, police said
Wednesday.

Gastonia police said Brandon Shaw, 37, died at CaroMont Regional Medical Center on Tuesday.

Shaw had been in critical condition since officers found him in the front yard of a home with a
head wound.

Neighbors told officers they heard an argument and then several shots.

A man who lived at the home was questioned and released. No charges have been filed.

Detectives said the case will now be handled as a homicide. Anyone with information can call
704-866-6702.
""",
        "2018-04-25",
    ),
    (
        "s09",
        "2019-11-14",
        "https://www.wbrc.com/news/",
        "Suspect arrested in deadly Ensley shooting",
        """
BIRMINGHAM, Ala. (WBRC) - Birmingham police arrested a suspect Wednesday in a deadly shooting in
Ensley.

Officers said the shooting happened Saturday, Nov. 9, in the 1900 block of Avenue E.

The victim, 20-year-old Cameron Figures, was found in the yard of a vacant house. He had been
shot multiple times and died at the scene.

Investigators said Figures and the suspect knew each other. A warrant for capital murder was
obtained Tuesday.

The suspect, 18, was booked into the Jefferson County Jail on Wednesday evening with no bond.

Police said this was Birmingham's 121st homicide of the year.
""",
        "2019-11-09",
    ),
    (
        "s10",
        "2017-12-05",
        "https://www.timesfreepress.com/news/local/",
        "Police name suspect in Black Friday shooting at Hamilton Place",
        """
CHATTANOOGA, Tenn. -- Chattanooga police on Monday named a suspect in the shooting outside
Hamilton Place mall the day after Thanksgiving.

Police said 21-year-old Jaylen Moss is wanted on charges of aggravated assault and reckless
endangerment.

The shooting wounded a 17-year-old boy in a parking lot crowded with holiday shoppers. Witnesses
said two groups of young men had been arguing near a food court entrance before one of them
pulled out a pistol.

The teen was treated at Erlanger hospital and released days later.

Police released surveillance images Monday and asked the public for help finding Moss.

Mall officials said they have added off-duty officers for the rest of the shopping season.
""",
        "2017-11-24",
    ),
    (
        "s11",
        "2018-10-23",
        "https://www.wtae.com/article/",
        "Arrest in shooting after Steelers game",
        """
PITTSBURGH -- Police made an arrest Monday in the shooting of a man hours after the Steelers
game at Heinz Field on Sunday.

The victim, 35, was shot in the leg on the North Shore as fans were leaving the stadium, police
said. He was taken to Allegheny General Hospital in stable condition.

Witnesses said the shooting followed a dispute over a parking space in a lot on General Robinson
Street.

Police arrested a 27-year-old man from McKees Rocks on Monday afternoon. He faces aggravated
assault and firearms charges.

A Steelers spokesman said the team was cooperating with police.

The suspect was arraigned early Tuesday and held on $100,000 bond.
""",
        "2018-10-21",
    ),
    (
        "s12",
        "2019-03-06",
        "https://www.kare11.com/article/news/",
        "Family pleads for answers after man killed last month",
        """
MINNEAPOLIS -- The family of a man shot and killed last month in north Minneapolis is pleading
for anyone with information to come forward.

Darnell Price, 44, was found dead in an alley off Penn Avenue North. Police have released few
details about the case.

His daughters spoke to reporters Tuesday outside City Hall. "Somebody out there knows what
happened to our dad," one said.

Minneapolis police said Tuesday detectives are still working the case and that nobody has
been made.

Price worked as a cook at a restaurant downtown and coached a youth basketball team.

A reward of up to $2,500 is being offered by Crime Stoppers.
""",
        "2019-02",
    ),
    (
        "s13",
        "2016-09-14",
        "https://www.fox59.com/news/",
        "Man charged in August shooting on east side",
        """
INDIANAPOLIS -- A man has been charged with attempted murder in a shooting in August on the
city's east side, prosecutors said Tuesday.

Court documents say 30-year-old Lamont Reese shot a man in the abdomen during an argument
outside a home on North Sherman Drive.

The victim survived after surgery at Eskenazi Hospital.

Reese was arrested Monday during a traffic stop on East 38th Street. Officers found a handgun
under the driver's seat.

He is being held in the Marion County jail. An initial hearing is set for Thursday.
""",
        "2016-08",
    ),
    (
        "s14",
        "2017-07-18",
        "https://www.13wmaz.com/article/news/",
        "Coroner identifies man killed in Sunday's shooting",
        """
MACON, Ga. -- The Bibb County coroner on Tuesday identified the man killed in Sunday's shooting
on Houston Avenue.

Coroner Leon Jones said 25-year-old Quinton Ray died at the Medical Center, Navicent Health,
about an hour after he was shot.

Deputies said Ray was standing outside a friend's house when a sedan stopped and somebody in it
opened fire.

The sheriff's office said Monday that investigators were looking for a dark-colored sedan.

An autopsy was performed Tuesday in Decatur.

Ray's death is the county's 18th homicide of the year.
""",
        "2017-07-16",
    ),
    (
        "s15",
        "2018-11-04",
        "https://www.ajc.com/news/local/",
        "Hundreds mourn teen shot on his porch",
        """
DECATUR, Ga. -- Hundreds attended the funeral Saturday of the teen shot Oct. 28 on his family's
porch in south DeKalb County.

Jordan Ellis, 15, was a sophomore at Columbia High School and played trumpet in the marching
band.

Band members in uniform lined the steps of the church as his casket was carried inside.

DeKalb County police said Ellis was hit by a bullet fired from a passing car. Investigators
believe the shooter was aiming at someone else.

No one has been arrested. The family has asked for anyone with information to call police.

His mother told mourners that she wanted people to remember his laugh.
""",
        "2018-10-28",
    ),
    (
        "s16",
        "2017-05-05",
        "https://www.wral.com/news/local/",
        "A year later, family still waits for answers",
        """
DURHAM, N.C. -- A year ago, Keisha Long's son left for work and never came home.

Marcus Long, 22, was shot on May 5, 2016, as he walked to a bus stop on Fayetteville Street. He
died at Duke University Hospital.

On Friday, family members gathered at the bus stop to release balloons and pray.

Durham police said Thursday that the case remains open and that detectives have followed up on
dozens of tips.

"We're not going to stop," a police spokesman said.

Crime Stoppers has put up a $5,000 reward in the case.
""",
        "2016-05-05",
    ),
    (
        "s17",
        "2016-08-16",
        "https://www.wthr.com/article/news/",
        "Man shot on near north side",
        """
INDIANAPOLIS -- A man was shot Tuesday afternoon on the city's near north side, police said.

Officers went to the 2900 block of North Capitol Avenue around 2:15 p.m. and found the
man bleeding from his arm.

He was taken to Methodist Hospital in stable condition.

Police said Tuesday that they were looking for a man who ran from the scene toward Fall Creek.

A second shooting was reported Monday night a few blocks away, but police said the two did not
appear to be connected.

Tips can go to Crime Stoppers.
""",
        "2016-08-16",
    ),
    (
        "s18",
        "2017-10-11",
        "https://www.kcra.com/article/",
        "Man arrested in Oak Park killing",
        """
SACRAMENTO, Calif. -- A 28-year-old man was arrested Tuesday in connection with a shooting on
the night of Oct. 3 that left a man dead in Oak Park.

Sacramento police said officers found the victim, 39, in a car parked on 4th Avenue after
neighbors reported hearing gunshots.

He was pronounced dead at the scene. His name has not been released pending notification of
relatives.

Detectives served a search warrant at a home in south Sacramento on Tuesday morning and took the
suspect into custody.

He was booked into the Sacramento County Main Jail on a murder charge.

Police said the two men knew each other.
""",
        "2017-10-03",
    ),
    (
        "s19",
        "2019-08-09",
        "https://www.nbc12.com/news/",
        "Teen dies days after Southside shooting",
        """
RICHMOND, Va. (WWBT) - A 17-year-old boy died Thursday at the hospital, where he had been since
being shot Aug. 2, Richmond police said.

Police said the teen was shot while riding a bicycle on Hull Street.

Officers arrived to find him lying in the road with a head wound. Witnesses said
a car drove off toward Midlothian Turnpike.

His family said he was about to start his senior year.

The Office of the Chief Medical Examiner will determine the cause and manner of death.

No arrests have been made.
""",
        "2019-08-02",
    ),
    (
        "s20",
        "2018-01-11",
        "https://www.stltoday.com/news/local/crime-and-courts/",
        "Bond set for man accused in Jan. 5 shooting",
        """
ST. LOUIS -- A judge set bond at $1 million cash Wednesday for a man accused in last week's
shooting of a store clerk in the Dutchtown neighborhood.

Prosecutors said Antoine Harris, 24, shot the clerk during a robbery attempt at a market on
Gravois Avenue.

The Jan. 5 shooting left the clerk with wounds to his shoulder and hip. He is expected to
survive.

Harris was arrested Monday after an officer recognized him from surveillance images released by
police.

He is charged with first-degree assault, first-degree robbery and armed criminal action.

His next court date is Jan. 24.
""",
        "2018-01-05",
    ),
    (
        "s21",
        "2016-12-13",
        "https://www.wmar2news.com/news/",
        "Police release video of West Baltimore shooting",
        """
BALTIMORE -- Baltimore police on Monday released video of a shooting on Dec. 2 that wounded a
woman and a child in West Baltimore.

The footage shows a man in a dark hooded jacket firing at least five shots toward a group of
people on a corner of North Avenue.

The woman, 32, was struck in the leg. A 7-year-old boy was grazed in the arm. Both were treated
at a hospital and released.

Police said the gunman was aiming at a man who was standing nearby and who was not hurt.

Commissioner Kevin Davis said Monday that the shooting was "an outrage" and asked for help
identifying the gunman.

A reward of up to $4,000 is available.
""",
        "2016-12-02",
    ),
    (
        "s22",
        "2019-05-22",
        "https://www.kentucky.com/news/local/crime/",
        "Jury finds Lexington man guilty in 2018 killing",
        """
LEXINGTON, Ky. -- A Fayette County jury on Wednesday found a Lexington man guilty of murder in
the 2018 killing of his neighbor.

Jurors deliberated for about four hours before returning the verdict against Ronald Tate, 52.

Prosecutors said Tate shot 46-year-old William Bowen on the evening of Sept. 21, 2018, after the
two argued over a fence between their homes on Russell Cave Road.

Tate testified Tuesday that he fired because he thought Bowen had a knife. No knife was found at
the scene.

The jury recommended a sentence of 25 years. Formal sentencing is set for July 12.
""",
        "2018-09-21",
    ),
    (
        "s23",
        "2017-03-24",
        "https://www.kob.com/news/",
        "Suspect in Albuquerque shooting caught in Texas",
        """
ALBUQUERQUE, N.M. -- A man wanted in the shooting of two people at a southeast Albuquerque
apartment complex was captured Thursday in El Paso, nine days after the shooting.

Albuquerque police said U.S. Marshals found 26-year-old Adrian Chavez at a motel near Interstate
10.

Chavez is accused of opening fire on a couple in the parking lot of the complex on Zuni Road. A
30-year-old man died. The woman, 27, was wounded and has since been released from the hospital.

Police said Chavez had dated the woman and had been ordered to stay away from her.

He will be returned to New Mexico to face murder charges, police said Thursday.
""",
        "2017-03-14",
    ),
    (
        "s24",
        "2018-04-24",
        "https://www.kmov.com/news/",
        "Man shot early Sunday identified",
        """
ST. LOUIS (KMOV) -- Police on Monday identified the man who was shot and killed early Sunday in
the Walnut Park neighborhood.

He was 30-year-old Derrick Sims of St. Louis.

Officers were called to the 5600 block of Lillian Avenue around 2:30 a.m. and found Sims on the
front porch of a home with several gunshot wounds.

He was pronounced dead at the scene.

Homicide detectives are handling the investigation. Police said Monday they had no
description of a suspect.

Anyone with information can call CrimeStoppers at 866-371-8477.
""",
        "2018-04-22",
    ),
    (
        "s25",
        "2017-06-03",
        "https://www.wcpo.com/news/local-news/",
        "Month after killing, neighbors march in Avondale",
        """
CINCINNATI -- It has been a month since Malik Jones was shot on his way home from work on May 2.

On Saturday, about 100 neighbors marched down Reading Road carrying signs with his photo and
calling for an end to the violence.

Jones, 26, was shot in the back on Burnet Avenue. He died at University of Cincinnati Medical
Center.

Cincinnati police said Friday that detectives had identified a person of interest but had not
made an arrest.

Jones' mother, who led the march, said she would not stop until someone was charged.

The march ended with a prayer outside the church where his funeral was held last month.
""",
        "2017-05-02",
    ),
    (
        "s26",
        "2016-02-03",
        "https://www.wbaltv.com/article/",
        "Witness testifies in Towson shooting case",
        """
TOWSON, Md. -- A witness testified Tuesday that she heard shots around 11 p.m. on Jan. 14 and
saw a man run past her window.

The testimony came at a preliminary hearing for Darius Green, 20, who is charged with attempted
murder for shooting a 19-year-old man outside an apartment building on York Road.

The victim was hit three times and spent a week at Shock Trauma.

Green's lawyer questioned whether the witness could have seen the man's face in the dark.

A District Court judge found enough evidence to send the case to circuit court.

Green remains held without bail.
""",
        "2016-01-14",
    ),
    (
        "s27",
        "2019-10-10",
        "https://www.fox2detroit.com/news/",
        "Second man dies after house party shooting",
        """
DETROIT -- A second man has died from the Sept. 29 shooting at a house party on the city's west
side, Detroit police said Wednesday.

Police said the 24-year-old man died at Sinai-Grace Hospital late Tuesday.

Another man, 22, was killed at the scene. Three other people were wounded.

Police said a fight broke out at the party on Greenfield Road and someone fired into the crowd.

A 19-year-old man was charged last week with murder and four counts of assault with intent to
murder. Prosecutors said Wednesday that they would review the new death.
""",
        "2019-09-29",
    ),
    (
        "s28",
        "2017-01-02",
        "https://www.newson6.com/story/",
        "Police name suspect in Christmas Eve shooting",
        """
TULSA, Okla. -- Tulsa police on Friday named a suspect in the Christmas Eve shooting that killed
a man outside a north Tulsa convenience store.

Police said they are looking for 23-year-old Dontae Woods, who should be considered armed and
dangerous.

The victim, 36, was shot outside a store near Pine Street and Peoria Avenue. He
died at a hospital.

Police said surveillance video shows the two men talking before the shooting.

Anyone who knows where Woods is can call Crime Stoppers at 918-596-2677.
""",
        "2016-12-24",
    ),
    (
        "s29",
        "2018-01-03",
        "https://www.wbtv.com/news/",
        "Man killed in New Year's shooting identified",
        """
CHARLOTTE, N.C. (WBTV) - Police on Tuesday identified a man killed in a shooting in the early
hours of New Year's Day in east Charlotte.

Police said 28-year-old Javon Burris was shot at an apartment complex on Central Avenue around 1
a.m.

He was taken to Carolinas Medical Center, where he died.

Officers said a party was going on at the complex when an argument broke out.

It was the first homicide of 2018 in Charlotte. No arrests have been made.
""",
        "2018-01-01",
    ),
    (
        "s30",
        "2017-06-19",
        "https://www.mdjonline.com/news/",
        "Man pleads guilty in Smyrna party shooting",
        """
MARIETTA, Ga. -- A 23-year-old man pleaded guilty Monday to voluntary manslaughter in the death
of a man shot outside a party in Smyrna on June 18 last year.

Cobb Superior Court Judge Reuben Green sentenced Isaiah Porter to 20 years, with 12 to serve in
prison.

Porter admitted firing the shot that killed 21-year-old Terrance Wade outside an apartment
complex on Windy Hill Road.

Wade's family said in court that the sentence was too light.

Prosecutors said the plea deal spared witnesses from testifying.
""",
        "2016-06-18",
    ),
    (
        "s31",
        "2018-08-14",
        "https://www.wdsu.com/article/",
        "Man shot in Gentilly",
        """
NEW ORLEANS -- A man was shot Monday night in Gentilly, New Orleans police said.

The shooting happened around 9:45 p.m. in the 4800 block of Franklin Avenue.

The man, 33, was taken to a hospital by EMS. His condition was not released.

In an unrelated case, a man accused in a shooting last month was arraigned Tuesday in Criminal
District Court.

Police said Tuesday there was no suspect information in Monday's shooting.
""",
        "2018-08-13",
    ),
    (
        "s32",
        "2016-09-22",
        "https://www.wkyc.com/article/news/",
        "Woman wounded in morning shooting",
        """
CLEVELAND -- A woman was wounded in a shooting Thursday morning on the city's east side, police
said.

Officers found the 41-year-old woman shot in the hip on East 105th Street shortly after 7 a.m.

She was taken to University Hospitals in stable condition.

Police said Thursday that a man she knew fired at her during an argument and then drove away.

A man was arrested Tuesday in an unrelated shooting on East 93rd Street.
""",
        "2016-09-22",
    ),
]

PUB = "2017-11-15"  # a Wednesday
SITE = "https://www.wane.com/news/local-news/"

# --- six follow-up frames (an arrest, a death in hospital, charges, a trial, a vigil, a bond) by
# ten ways to tell the shooting's day; the news day is Tuesday. main 54 of 60, h-date22 60
WAYS = [
    ("on Nov. 2", "2017-11-02"),
    ("on Saturday, Nov. 4", "2017-11-04"),
    ("on the night of Nov. 3", "2017-11-03"),
    ("last month", "2017-10"),
    ("in October", "2017-10"),
    ("two weeks ago", "2017-11-01"),
    ("10 days ago", "2017-11-05"),
    ("last Saturday", "2017-11-11"),
    ("the day after Halloween", "2017-11-01"),
    ("early on Nov. 5", "2017-11-05"),
]
FRAMES = [
    "Police arrested a man Tuesday in connection with a shooting {a} that killed a 20-year-old "
    "on Elm Street.",
    "A man who was shot {a} on Elm Street died Tuesday at the hospital, police said.",
    "Prosecutors charged a 19-year-old with murder Tuesday. The victim was shot {a} outside a "
    "store on Elm Street.",
    "Opening statements were heard Tuesday at the murder trial of a man who, prosecutors say, "
    "killed a clerk {a} at a store on Elm Street.",
    "Family and friends held a vigil Tuesday night for a woman who was shot and killed {a} on "
    "Elm Street.",
    "A judge on Tuesday set bond at $500,000 for a man charged in a shooting {a} that wounded "
    "two people on Elm Street.",
]
# --- the day before a noun of violence, 12 of 12 both
NOUN_DAYS = [
    ("the Nov. 2", "2017-11-02"),
    ("the Oct. 28", "2017-10-28"),
    ("Saturday's", "2017-11-11"),
    ("last week's", "2017-11-09"),  # the week's middle, at a week's precision
]
NOUN_FRAMES = [
    "Police arrested a man Tuesday in {n} shooting on Elm Street.",
    "The victim of {n} shooting on Elm Street has died, police said Tuesday.",
    "A 19-year-old was charged Tuesday with murder in {n} shooting death of a man on Elm Street.",
]
# --- same-day and next-day controls, 6 of 6 both
CONTROLS = [
    (
        "A man was shot Tuesday night on Elm Street. Police arrested a suspect early Wednesday.",
        "2017-11-14",
    ),
    (
        "A man was shot Wednesday morning on Elm Street, police said. Officers arrested a suspect "
        "Wednesday afternoon.",
        "2017-11-15",
    ),
    (
        "Police arrested a man Tuesday after a woman was shot on Elm Street Tuesday afternoon.",
        "2017-11-14",
    ),
    (
        "A woman was shot and killed Monday on Elm Street. A vigil was held Tuesday night.",
        "2017-11-13",
    ),
    (
        "A teen was wounded in a shooting Tuesday on Elm Street. It was the second shooting on "
        "the block since Nov. 2.",
        "2017-11-14",
    ),
    ("A man shot Tuesday on Elm Street died at the hospital Wednesday, police said.", "2017-11-14"),
]
# --- written after reading the misses above, main 9 of 26, h-date22 26
AFTER_MISSES = [
    # a day of making known (identify, name, release) beside the shooting's day
    (
        "Police on Tuesday identified the man who was shot and killed Saturday night on Elm "
        "Street.",
        "2017-11-11",
    ),
    (
        "The coroner on Tuesday identified the woman killed in a shooting on Nov. 4 on Elm Street.",
        "2017-11-04",
    ),
    (
        "Police on Monday named a suspect in the shooting outside a bar on Elm Street the day "
        "after Halloween.",
        "2017-11-01",
    ),
    (
        "Police released surveillance video Tuesday of the shooting on Elm Street on Nov. 2.",
        "2017-11-02",
    ),
    (
        "Detectives on Tuesday released the name of the man killed in a shooting Saturday on Elm "
        "Street.",
        "2017-11-11",
    ),
    (
        "Police on Tuesday identified a person of interest in the Nov. 2 killing of a man on Elm "
        "Street.",
        "2017-11-02",
    ),
    # a capture, an arrest, a death or a gathering "N days after" the shooting, with a place
    # between or a span over six
    (
        "A man wanted in a deadly shooting was captured Tuesday in Dayton, nine days after the "
        "shooting on Elm Street.",
        "2017-11-05",
    ),
    (
        "A suspect was arrested Tuesday at a motel, 10 days after a man was shot on Elm Street.",
        "2017-11-04",
    ),
    (
        "Police arrested a teen Tuesday, eight days after a woman was shot and killed on Elm "
        "Street.",
        "2017-11-06",
    ),
    (
        "The victim died Tuesday at the hospital, nine days after he was shot on Elm Street.",
        "2017-11-05",
    ),
    (
        "A second suspect turned himself in Tuesday in Toledo, two weeks after the shooting on Elm "
        "Street.",
        "2017-10-31",
    ),
    (
        "Family members gathered Tuesday, 12 days after the shooting on Elm Street, to plead for "
        "tips.",
        "2017-11-02",
    ),
    # a month and day "last year"
    (
        "A man pleaded guilty Tuesday in the death of a teen shot on Elm Street on Dec. 2 last "
        "year.",
        "2016-12-02",
    ),
    (
        "A jury convicted a man Tuesday of killing his neighbor on Aug. 9 of last year on Elm "
        "Street.",
        "2016-08-09",
    ),
    (
        "The shooting happened on March 3 last year outside a store on Elm Street, prosecutors "
        "said Tuesday.",
        "2016-03-03",
    ),
    (
        "A man was sentenced Tuesday for shooting a clerk on Elm Street on Nov. 20 of last year.",
        "2016-11-20",
    ),
    (
        "A man was sentenced Tuesday for shooting a clerk on Elm Street on Feb. 20 this year.",
        "2017-02-20",
    ),
    # a death's day beside the wounding's week or month
    ("A man shot on Elm Street last month died Tuesday, police said.", "2017-10"),
    ("A woman wounded in a shooting three weeks ago on Elm Street died Tuesday.", "2017-10-25"),
    (
        "The victim of a shooting earlier this month on Elm Street has died, police said Tuesday.",
        "2017-11",
    ),
    ("A teenager who was shot in September on Elm Street died Tuesday at the hospital.", "2017-09"),
    ("A man shot Saturday on Elm Street died Tuesday, police said.", "2017-11-11"),
    ("A man died Tuesday after he was shot on Elm Street, police said.", "2017-11-14"),
    # a date with its weekday after a word of violence, under an aftermath's verb
    (
        "Friends held a vigil Tuesday for a man who was killed on Saturday, Nov. 4, on Elm Street.",
        "2017-11-04",
    ),
    (
        "A judge set bond Tuesday for a man charged in a shooting on Friday, Nov. 3, on Elm "
        "Street.",
        "2017-11-03",
    ),
    (
        "Police arrested a man Tuesday in a shooting that wounded a woman on Sunday, Nov. 5.",
        "2017-11-05",
    ),
]
# --- written after the rules, as a check: 12 follow-ups and 6 controls, main 10 of 18,
# h-date22 17
CHECKS = [
    (
        "A man succumbed to his injuries Monday, 11 days after he was shot on Elm Street.",
        "2017-11-02",
    ),
    (
        "A woman who was wounded by gunfire from a passing car in early October died Sunday, "
        "police said.",
        "2017-10",
    ),
    (
        "A Gary man was arrested Friday in Memphis, two weeks after a teen was killed on Elm "
        "Street.",
        "2017-10-27",
    ),
    (
        "A man pleaded guilty Monday to killing a cousin on Oct. 30 of last year on Elm Street.",
        "2016-10-30",
    ),
    (
        "A jury convicted a man Tuesday in the slaying of a woman on Saturday, Oct. 28, outside "
        "her home.",
        "2017-10-28",
    ),
    (
        "The man shot outside a bar on Elm Street three weeks ago has died, his family said "
        "Tuesday.",
        "2017-10-25",
    ),
    (
        "Police on Tuesday released the names of two men wounded in a shooting on Oct. 30 on Elm "
        "Street.",
        "2017-10-30",
    ),
    (
        "The coroner's office on Monday identified a woman killed on Friday, Nov. 3, on Elm "
        "Street.",
        "2017-11-03",
    ),
    (
        "A teen accused of shooting a man on Aug. 14 last year was ordered held without bond "
        "Tuesday.",
        "2016-08-14",
    ),
    (
        "Deputies caught the suspect Tuesday near Fort Wayne, 10 days after the shooting on Elm "
        "Street.",
        "2017-11-04",
    ),
    ("A man shot last month on Elm Street has died, the coroner said Tuesday.", "2017-10"),
    (
        "A girl struck by a stray bullet in September died Sunday at a hospital, police said.",
        "2017-09",
    ),
    ("A man shot Monday on Elm Street died Tuesday at the hospital, police said.", "2017-11-13"),
    (
        "A man was shot and killed Tuesday on Elm Street, police said. Police on Wednesday "
        "released his name.",
        "2017-11-14",
    ),
    (
        "On Nov. 2, a man was shot on Elm Street, the third shooting there since last year.",
        "2017-11-02",
    ),
    ("A man was shot Sunday night on Elm Street. He died at the hospital Tuesday.", "2017-11-12"),
    (
        "Police released a sketch Tuesday of a man who robbed a store on Elm Street. No one was "
        "hurt.",
        "2017-11-14",
    ),
    (
        "A woman was killed Tuesday afternoon on Elm Street. Police identified her Wednesday "
        "morning.",
        "2017-11-14",
    ),
]

PROBES: list[Row] = []
for i, frame in enumerate(FRAMES):
    for j, (way, day) in enumerate(WAYS):
        PROBES.append((f"p{i}{j}", PUB, SITE, "Follow-up", frame.format(a=way), day))
for i, frame in enumerate(NOUN_FRAMES):
    for j, (noun_day, day) in enumerate(NOUN_DAYS):
        text = frame.format(n=noun_day)
        PROBES.append((f"n{i}{j}", PUB, SITE, "Follow-up", text[0].upper() + text[1:], day))
for prefix, table in (("k", CONTROLS), ("q", AFTER_MISSES), ("v", CHECKS)):
    for k, (text, day) in enumerate(table):
        PROBES.append((f"{prefix}{k:02d}", PUB, SITE, "Follow-up", text, day))

KNOWN_MISSES: dict[str, str] = {}

ROWS = STORIES + PROBES
test_the_shooting_day = day_table_test(ROWS, KNOWN_MISSES, _prose)


# --- each rule on its own (7 August 2017 is a Monday) ---------------------------------------

MON = dt.date(2017, 8, 7)


def event_day(text: str, anchor: dt.date = MON) -> str | None:
    return when_helpers.event_day(text, anchor)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("A man pleaded guilty Monday to shooting a clerk on Aug. 1 last year.", "2016-08-01"),
        ("A man was sentenced Monday for a killing on July 30 of last year.", "2016-07-30"),
        ("A man was sentenced Monday for a killing on Sept. 3 last year.", "2016-09-03"),
    ],
)
def test_a_day_told_with_last_year_is_of_the_year_before(text: str, day: str) -> None:
    assert event_day(text) == day


def test_a_day_told_with_this_year_is_of_the_anchors_year() -> None:
    exprs = [e for e in timeexpr.find_times("shot on Aug. 10 this year") if e.kind == "date"]
    assert exprs[0].parts["years_back"] == 0
    resolved = timeexpr.resolve(exprs[0], MON)
    assert resolved is not None and resolved.best == dt.date(2017, 8, 10)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "A man was captured Monday in Gary, nine days after the shooting on Elm Street.",
            "2017-07-29",
        ),
        (
            "A suspect was arrested Monday, 10 days after a man was shot on Elm Street.",
            "2017-07-28",
        ),
        (
            "He died Monday at the hospital, eight days after he was shot on Elm Street.",
            "2017-07-30",
        ),
    ],
)
def test_an_aftermath_n_days_after_the_shooting_dates_it_back(text: str, day: str) -> None:
    assert event_day(text) == day


@pytest.mark.parametrize(
    "text",
    [
        "A man shot on Elm Street last month died Monday, police said.",
        "A teen who was shot in July on Elm Street died Monday.",
        "The victim of a shooting last month on Elm Street has died, police said Monday.",
    ],
)
def test_a_death_gives_way_to_the_wounding_month_told_beside_it(text: str) -> None:
    ctx_day = event_day(text)
    assert ctx_day is not None and ctx_day.startswith("2017-07")


def test_a_death_keeps_its_week_beside_a_wounding_weeks_ago() -> None:
    # "two weeks ago" is the shooting's; Sunday is the death's, this week's, not moved back
    # into the fortnight-old week (main read the Sunday of that week)
    assert event_day("A man shot two weeks ago on Elm Street died Sunday.") == "2017-07-24"


WED = dt.date(2017, 11, 15)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Police on Monday named a suspect in the shooting on Elm Street on July 20.",
            "2017-07-20",
        ),
        (
            "Police released surveillance video Tuesday of the shooting on Elm Street on Nov. 2.",
            "2017-11-02",
        ),
        (
            "Police on Tuesday identified a person of interest in the Nov. 2 killing of a man on "
            "Elm Street.",
            "2017-11-02",
        ),
    ],
)
def test_a_day_of_making_known_is_no_day_of_the_shooting(text: str, day: str) -> None:
    anchor = MON if "July" in text else WED
    assert event_day(text, anchor) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Friends held a vigil Tuesday for a man who was killed on Saturday, Nov. 4, on Elm "
            "Street.",
            "2017-11-04",
        ),
        (
            "A judge set bond Tuesday for a man charged in a shooting on Friday, Nov. 3, on Elm "
            "Street.",
            "2017-11-03",
        ),
    ],
)
def test_a_date_right_after_a_word_of_violence_dates_it(text: str, day: str) -> None:
    assert event_day(text, WED) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "A man was sentenced Monday for the July 2016 shooting death of his cousin on Elm "
            "Street.",
            "2016-07",
        ),
        (
            "Jury selection began Monday in the trial over the May 2016 killing of a clerk.",
            "2016-05",
        ),
    ],
)
def test_a_month_before_a_noun_of_violence_dates_it_by_the_month(text: str, day: str) -> None:
    ctx_day = event_day(text)
    assert ctx_day is not None and ctx_day.startswith(day)


def test_a_holidays_eve_is_no_span_back_from_an_arrest() -> None:
    # "the night before" read alone moves Monday's charge back a day; here it is July 3
    text = (
        "A teen was charged Monday in a shooting on Elm Street the night before Independence Day."
    )
    assert event_day(text) == "2017-07-03"
    # the span itself still moves it: "arrested Sunday in a shooting the night before"
    assert event_day("A man was arrested Sunday in a shooting the night before.") == "2017-08-05"


def test_a_discharge_from_hospital_is_no_making_known() -> None:
    # "released from the hospital" is no day of making known (`DISCLOSURE_VERBS`): read as
    # before, its day, told among words of the shooting, still dates the event
    text = (
        "The deputy shot and injured in the county was released from the hospital late Saturday "
        "evening, state police said. The standoff this week ended when the suspect died."
    )
    assert event_day(text, dt.date(2016, 7, 9)) == "2016-07-09"
