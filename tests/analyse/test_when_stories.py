"""analyse/when on whole invented local-news stories (8-25 sentences, with datelines, update
stamps, photo captions and related-link lists) whose other days lure the reader: court dates,
funerals and vigils, the police statement's own day, earlier shootings on the block, counts of
the year ("the city's fourth homicide since Jan. 1"), holidays that name a party, a story told
first by its clock time. And short probes for the classes they showed.

Every headline and sentence here is invented for these tests (the towns, streets and outlets are
real, the events are not). Each row: id, publication day, address, headline, text, the day of the
shooting. The 32 "f" stories were written before any rule: main at 859ef2d got 26 right (misses:
the start of a count's period, four; a holiday naming a party, one; "two days later, on April 3",
one). The 12 "g" stories were written after the rules, as a check: main 10, h-date21 12. Probes
(combinations of invented sentences): "t" counts since a day, main 28 of 72 right, h-date21 72;
"l" a later day told "N days later, on <date>", 40 of 40 both (the class did not generalise
beyond f09); "h" holidays naming an occasion, main 52 of 80, h-date21 80. Written after the
rules: 12 more stories ("x": follow-ups, nights, holidays' eves), 12 of 12 both; "r" other lures
beside a lead, 98 of 108 both; "c" counts, main 34 of 48, h-date21 48; "k" controls, 3 of 3 both;
6 "z" stories of court cases and anniversaries, main 4, h-date21 5 ("One year ago Wednesday, a
teen was shot": `_years_ago_weekday`), and "a" probes of that form, main 0 of 40, h-date21 40.
"""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from newsfold.analyse import when

from . import when_helpers
from .when_helpers import day_table_test

_LISTS = ("RELATED", "Posted", "Updated")


def _prose(raw: str) -> str:
    """A story written in short lines: its paragraphs joined into lines (lists kept as lines)."""
    paragraphs = textwrap.dedent(raw).strip().split("\n\n")
    return "\n\n".join(p if p.startswith(_LISTS) else " ".join(p.split("\n")) for p in paragraphs)


STORIES: list[tuple[str, str, str, str, str, str]] = [
    (
        "f01",
        "2016-03-07",
        "https://www.wdrb.com/news/crime-reports/",
        "Man killed in Shawnee shooting; vigil planned",
        """
Updated 6:12 PM EST Mar 7, 2016

LOUISVILLE, Ky. (WDRB) -- A 27-year-old man died after he was shot Saturday night in the
Shawnee neighborhood, Louisville Metro Police said Monday.

Officers were called to the 3900 block of West Broadway around 9:40 p.m. on a report of shots
fired. They found the man lying near a bus stop with several gunshot wounds. Medics rushed
him to University Hospital; he did not survive.

Police have not named a suspect. Sgt. Lamont Washington said detectives were still talking with
people who were outside when the shots rang out.

Neighbors said it was the third shooting on the block since Feb. 12. "You hear it and you just
get down on the floor," said one woman who has lived on the street for twenty years.

Since Jan. 1, 17 people have been killed in Louisville, according to police figures.

Family members said a vigil is planned for Wednesday evening at the corner where he was found.
The coroner is expected to release his name Tuesday.

Tips can be left on the anonymous line at 574-LMPD.
""",
        "2016-03-05",
    ),
    (
        "f02",
        "2016-05-17",
        "https://www.news-journalonline.com/news/20160517/",
        "Man charged after early-morning shooting outside Daytona bar",
        """
DAYTONA BEACH -- Just before 2 a.m., a crowd spilling out of a bar on Main Street scattered when
a man pulled a handgun and fired into a group standing by the curb.

That was early Sunday, and by Monday afternoon police had a suspect in jail.

A 31-year-old Ormond Beach man was struck twice in the leg and was listed in stable condition at
Halifax Health Medical Center, police said. A second man was grazed on the arm and treated at the
scene.

The suspect, 24, was arrested Monday at a relative's home in Holly Hill and was arraigned later
that day on two counts of attempted second-degree murder. He is due back in court May 24.

Police Chief Mike Chitwood said the bar had been warned about fights twice this year. "We are not
going to let one business turn this street into a shooting gallery," Chitwood said Tuesday.

The city commission will take up the bar's license at its meeting on June 1.
""",
        "2016-05-15",
    ),
    (
        "f03",
        "2016-07-12",
        "https://www.nwitimes.com/news/local/lake/gary/",
        "Man wounded in latest Gary shooting",
        """
GARY -- Since the 3rd, Gary police have recorded four shootings. The latest came Saturday night.

A man, 38, took a bullet to the abdomen in the 2100 block of Adams Street about 11:15 p.m.,
police said. He was taken to Methodist Hospital Northlake in serious condition.

Witnesses told officers a dark sedan drove past and someone inside fired several times. The man
was standing on a porch with two friends, who were not hurt.

No arrests had been made by Monday, Cpl. Gabrielle King said in a statement.

The Lake County coroner's office said two of this month's shootings were fatal. The city has
recorded 24 homicides since Jan. 1.

Police ask anyone with information to call the detective bureau at 219-881-1209.
""",
        "2016-07-09",
    ),
    (
        "f04",
        "2016-08-22",
        "https://www.wral.com/news/local/",
        "Arrest made in death of Durham father of three",
        """
DURHAM, N.C. -- Durham police have arrested a man in the killing of a father of three who was
shot outside a convenience store earlier this month.

Marcus Allen Reid, 33, was shot and killed Aug. 14 in the parking lot of a store on Fayetteville
Street, police said. Officers found him beside his car at about 8:30 p.m.

A 22-year-old man was arrested Friday in Raleigh and charged with first-degree murder. He made
his first court appearance Monday and was denied bond.

Reid's sister said the family was relieved but still grieving. "He was the one who held us all
together," she said.

Funeral services for Reid will be held Saturday at 11 a.m. at First Calvary Baptist Church. A
visitation is set for Friday evening.

The killing was one of 27 homicides in Durham so far this year, compared with 31 at this time
last year.
""",
        "2016-08-14",
    ),
    (
        "f05",
        "2016-10-04",
        "https://www.wsbtv.com/news/local/",
        "Teen shot in southwest Atlanta",
        """
Posted: 11:45 PM, Oct 03, 2016
Updated: 7:02 AM, Oct 04, 2016

ATLANTA -- A 17-year-old boy was shot late Monday in southwest Atlanta, police said.

Officers responded to an apartment complex on Campbellton Road around 10:30 p.m. The teen had
been hit once in the shoulder. He was alert and talking when he was taken to Grady
Memorial Hospital.

Investigators believe the teen was shot during an argument with someone he knew. No arrests have
been made.

The complex's manager said a security guard was hired in August after a string of break-ins.

Check back with Channel 2 Action News for updates.

RELATED STORIES:
Man shot outside Westview gas station Sept. 28
2 hurt in Sept. 21 shooting near Mechanicsville park
Police: Woman wounded by stray bullet on Sept. 30
""",
        "2016-10-03",
    ),
    (
        "f06",
        "2016-11-14",
        "https://www.cleveland.com/metro/",
        "Man killed outside East Cleveland after-hours club",
        """
EAST CLEVELAND, Ohio -- A 29-year-old man was shot and killed early Sunday outside an after-hours
club on Euclid Avenue, police said.

The shooting happened at about 1:30 a.m., when a fight that started inside spilled into the
parking lot, according to police. Several people fired guns, and the man was struck in the chest.
He died at the scene.

Photo: Police tape surrounds the parking lot on Euclid Avenue on Sunday, Nov. 13, 2016.

The Cuyahoga County medical examiner's office identified the man Monday. Police said they were
looking for at least two shooters.

The club had been cited by the city for operating without a permit in July, according to records.

East Cleveland police also investigated a non-fatal shooting on Hayden Avenue on Nov. 6.
""",
        "2016-11-13",
    ),
    (
        "f07",
        "2017-01-10",
        "https://www.fox2detroit.com/news/",
        "Woman shot to death in home on Detroit's west side",
        """
DETROIT (FOX 2) - A 41-year-old woman was shot to death inside her home on the city's west side
Sunday evening, and police are searching for the man they believe killed her.

Officers were called to the home on Ward Street at about 6:50 p.m. and found the woman in the
living room, Detroit police said. Her two children, ages 9 and 12, were home when it happened
and escaped unhurt.

Police said the suspect is a former boyfriend who had been served with a personal protection
order in December.

A year ago this week, a woman was killed in a similar case two blocks away. That case remains
unsolved.

Relatives gathered outside the house on Monday. A GoFundMe page set up Monday had raised more
than $4,000 for the children by Tuesday morning.

Anyone who knows where the suspect is should call Crime Stoppers at 1-800-SPEAK-UP.
""",
        "2017-01-08",
    ),
    (
        "f08",
        "2017-02-21",
        "https://www.ktnv.com/news/crime",
        "Police release details of weekend shooting near Strip",
        """
LAS VEGAS (KTNV) -- Las Vegas police released new details Monday about a shooting that left one
man dead and another injured near the Strip.

In a news release Monday, police said the shooting happened about 11 p.m. Saturday in the parking
garage of an apartment complex on Koval Lane. The two men had been in a dispute over money,
according to police.

The man who died was identified as a 34-year-old from Henderson. The other man, 30, was treated at
University Medical Center and released Sunday.

Lt. Dan McGrath said detectives had spoken with a person of interest Sunday but had not made an
arrest.

The shooting is the 21st homicide investigated by Metro police this year.

Police asked anyone with information to call the homicide section at 702-828-3521.
""",
        "2017-02-18",
    ),
    (
        "f09",
        "2017-04-10",
        "https://www.jsonline.com/story/news/crime/",
        "Shooting suspect due in court Tuesday",
        """
A 19-year-old Milwaukee man charged in a shooting on the city's north side is due in court
Tuesday.

According to the criminal complaint, the man fired at least six shots into a car stopped at a red
light near N. 35th Street and W. Center Street on April 1. The driver, 26, was hit in the neck
and back and remains hospitalized.

A witness told police she saw the shooter step out of a gray SUV and walk up to the driver's
window. Officers found the SUV two days later, on April 3, and arrested the man at a nearby house
on Thursday.

He was charged Friday with first-degree reckless injury. His bail was set at $50,000.

The complaint says the two men had argued over a woman in March.

If convicted, he faces up to 25 years in prison.
""",
        "2017-04-01",
    ),
    (
        "f10",
        "2017-05-22",
        "https://www.wtsp.com/news/local/",
        "Family plans vigil for teen killed in St. Pete",
        """
ST. PETERSBURG, Fla. -- The family of a 16-year-old boy shot and killed Friday night says a vigil
is planned for Sunday at the park where he played basketball.

Police said the teen was walking home from a friend's house when someone in a passing car fired
several shots near 18th Avenue South at about 9:45 p.m. He was pronounced dead at Bayfront Health.

"He was just a kid. He had his whole life in front of him," his grandmother said Saturday.

Detectives said Monday they had received several tips but had not identified a suspect. The boy
was a sophomore at Gibbs High School, where grief counselors were available Monday.

The shooting was the city's sixth homicide of 2017. Police Chief Anthony Holloway will hold a
community meeting Thursday at the Enoch Davis Center.

Memorial Day services at the park will go ahead as planned on May 29, a city spokesman said.
""",
        "2017-05-19",
    ),
    (
        "f11",
        "2017-06-20",
        "https://www.dispatch.com/news/20170620/",
        "Father's Day cookout ends in gunfire",
        """
COLUMBUS -- A Father's Day cookout on the Near East Side ended in gunfire, leaving one man dead
and two others wounded.

Columbus police said the shooting happened on Father's Day at about 7:20 p.m. in the backyard of
a home on Mount Vernon Avenue. About 30 people were at the gathering, which had started in the
afternoon.

Witnesses told police two men began arguing and one of them pulled a gun. The man killed was 45.
The wounded, a man and a woman, were in stable condition Monday.

The family had gathered Saturday to plan the cookout, a relative said. "It was supposed to be a
good day," she said.

Police said they arrested a 28-year-old man Monday. He is scheduled to appear in Franklin County
Municipal Court on Wednesday.

It was the city's 58th homicide this year.
""",
        "2017-06-18",
    ),
    (
        "f12",
        "2017-08-07",
        "https://www.kansascity.com/news/local/crime/",
        "Man shot in Ivanhoe, second shooting in a week",
        """
KANSAS CITY, Mo. -- A man was shot Sunday afternoon in the Ivanhoe neighborhood, the second
shooting there in a week.

Police were called to East 39th Street and Park Avenue about 3:15 p.m. They found a man in his 20s
who had been shot in the arm. Doctors expect him to
recover.

On July 30, a woman was wounded by gunfire while sitting on her porch three blocks away. Police
have not said whether the two shootings are related.

"We just had a block party on Saturday, and now this," said Margaret May, who leads the
neighborhood association.

Kansas City has recorded 89 homicides since Jan. 1, putting the city on pace for a record year.

Police asked anyone with information to call the TIPS Hotline at 816-474-8477.
""",
        "2017-08-06",
    ),
    (
        "f13",
        "2017-09-19",
        "https://www.kcci.com/article/",
        "Man shot near Des Moines park",
        """
Updated: 9:14 AM CDT Sep 19, 2017

DES MOINES, Iowa -- A man was shot Monday afternoon near a park on the city's east side, Des Moines
police said.

Officers were called to the area of East 14th Street and Hull Avenue shortly after 4 p.m. They
found a man, 35, hit once in the hip. Iowa Methodist Medical Center
listed him as stable.

Sgt. Paul Parizek said investigators believe the man was targeted. He said the man had been
released from prison on Aug. 30 after serving time for a drug conviction.

Police searched the park with a dog but did not find a weapon. No one was in custody Tuesday
morning.

The shooting was the city's 40th of the year, Parizek said.
""",
        "2017-09-18",
    ),
    (
        "f14",
        "2017-10-30",
        "https://www.al.com/news/birmingham/",
        "2 wounded at Halloween party in Birmingham",
        """
BIRMINGHAM, Ala. -- Two people were wounded when gunfire broke out at a Halloween party Saturday
night in the Ensley community, Birmingham police said.

Gunfire erupted just after 11 p.m. inside a rented hall on Avenue E. Officers found a 20-year-old
man and an 18-year-old woman with gunshot wounds. Both were taken to UAB Hospital and are expected
to survive.

Sgt. Bryan Shelton said an argument broke out on the dance floor and someone fired into the crowd.
Upward of 100 guests, many in costume, filled the hall.

Police asked parents to keep an eye on gatherings this week. Halloween is Tuesday, and
trick-or-treating in the city is set for 6 p.m. to 8 p.m. that night.

Shelton said detectives would review video from the hall on Monday.
""",
        "2017-10-28",
    ),
    (
        "f15",
        "2017-12-12",
        "https://www.nola.com/news/crime_police/",
        "Man killed in Central City shooting",
        """
Shortly after 10 p.m., officers were called to the 2200 block of Philip Street for a report of a
man down. They found him on the sidewalk with several gunshot wounds, and he died at the scene.

The shooting happened Sunday, New Orleans police said Monday in a brief statement. The coroner's
office had not released the man's name by Tuesday.

Police did not describe a motive or a suspect.

A GoFundMe page set up Monday by the man's cousin said he worked as a cook in the French Quarter
and had a 4-year-old daughter.

Central City has seen 11 killings since Jan. 1, according to a count kept by the newspaper.

Tipsters can reach Crimestoppers at 504-822-1111.
""",
        "2017-12-10",
    ),
    (
        "f16",
        "2018-01-22",
        "https://www.wlky.com/article/",
        "Fourth homicide of the year in Louisville",
        """
LOUISVILLE, Ky. -- A man was killed in the Portland neighborhood, the city's fourth homicide since
Jan. 1.

Police said Sunday that officers found the 32-year-old man shot in an alley off North 26th Street
at about 10 p.m. Saturday. He died at the scene.

Saturday's shooting came less than a week after a teenager was killed in the California
neighborhood on Jan. 15.

Police spokeswoman Alicia Smiley said detectives were working on leads but had no one in custody.

The coroner identified the man on Monday.
""",
        "2018-01-20",
    ),
    (
        "f17",
        "2018-03-06",
        "https://www.post-gazette.com/local/city/",
        "Teen killed in Homewood; school offers counselors",
        """
PITTSBURGH -- A 16-year-old boy was shot to death Thursday night in Homewood, and his classmates
gathered Sunday to remember him.

Pittsburgh police said officers responded to a ShotSpotter alert on Frankstown Avenue at about
8:50 p.m. and found the teen on the sidewalk. He was pronounced dead at UPMC Presbyterian.

A candlelight vigil was held Sunday evening outside the corner store where he often stopped on
his way home. About 200 people attended.

Westinghouse Academy will offer grief counselors Monday and Tuesday, a district spokeswoman said.

Police have not made an arrest. Commander Eric Holmes said Monday the department had added
patrols in the area.

Funeral arrangements were pending.
""",
        "2018-03-01",
    ),
    (
        "f18",
        "2018-04-16",
        "https://www.mlive.com/news/flint/",
        "Man killed in early-morning Flint shooting",
        """
FLINT, Mich. -- A 26-year-old man was killed early Sunday in a shooting on the city's north side.

The shooting, which happened at about 2:40 a.m. on Detroit Street, came after an argument at a
party, Flint police said. The man was taken to Hurley Medical Center, where he died.

A 23-year-old man was taken into custody at the scene. Court records show he was arrested on a
warrant on March 29 and released on bond.

He was scheduled to be sentenced April 23 in an unrelated weapons case, according to records.

Police Chief Tim Johnson said Monday that investigators were still interviewing witnesses.

Flint has recorded nine homicides in 2018.
""",
        "2018-04-15",
    ),
    (
        "f19",
        "2018-06-05",
        "https://www.fox59.com/news/",
        "Man shot on Indy's near east side",
        """
INDIANAPOLIS -- A man was shot Sunday evening on the near east side, the latest of several
shootings in the neighborhood.

IMPD officers were called to East 10th Street and Rural Street at about 7:35 p.m. and found a man
shot in the leg. Eskenazi Hospital listed him in good condition.

Since Memorial Day, five people have been shot within a half-mile of the corner, neighbors said.

"A year ago this week we had a peace walk right here," said the pastor of a nearby church. "We may
need to do it again."

Police said they were looking for a white car seen leaving the area. No arrests had been made as
of Tuesday morning.

An IMPD community meeting is planned for June 12 at the East 10th Street library branch.
""",
        "2018-06-03",
    ),
    (
        "f20",
        "2018-07-16",
        "https://www.ajc.com/news/crime--law/",
        "Man killed on same street as July 4 party shooting",
        """
EAST POINT, Ga. -- A man was killed in a shooting Saturday on the same East Point street where a
Fourth of July party ended in gunfire less than two weeks earlier.

Police said officers were called to Connally Drive at about 4:15 p.m. and found a 30-year-old man
who had been shot several times. He died at Grady Memorial Hospital.

On July 4, gunfire at a block party a few houses away wounded four
people. That case remains without charges.

Police did not say whether the two cases were connected. Detectives spent Sunday going door to
door, a spokesman said.

The city council will discuss adding cameras on the street at its July 23 meeting.
""",
        "2018-07-14",
    ),
    (
        "f21",
        "2016-03-08",
        "https://www.oklahoman.com/article/",
        "Man wounded in northeast OKC shooting",
        """
OKLAHOMA CITY -- A man was wounded in a shooting Sunday night in northeast Oklahoma City, police
said.

Officers found the 22-year-old man in the 1500 block of NE 23rd Street about 10:20 p.m. He had
been shot in the arm and was treated at OU Medical Center.

Police said he had been the victim of another shooting in October, and that case went to trial
in January.

A man charged in that earlier case is set to be tried again on March 21, according to court
records.

Capt. Paco Balderrama said Monday detectives had not linked the two cases.

Police asked anyone who saw anything to call Crime Stoppers at 405-235-7300.
""",
        "2016-03-06",
    ),
    (
        "f22",
        "2016-05-16",
        "https://www.fox8live.com/story/",
        "Gretna police look for gunman after Friday shooting",
        """
GRETNA, La. -- Police said the shooting Friday was the latest in a string that began May 1.

A 19-year-old man was shot in the back outside an apartment building on Fifth Street at about
9 p.m. Friday, Gretna police said. He was listed in serious condition Sunday.

On May 1, a man was shot in the same block. Two days later, someone fired at a car on Hancock
Street, and on May 8 a woman's home was struck by bullets.

Police Chief Arthur Lawson said Monday that extra officers would patrol the area through the
weekend.

Anyone with information is asked to call Gretna police.
""",
        "2016-05-13",
    ),
    (
        "f23",
        "2016-07-11",
        "https://www.nj.com/essex/",
        "Newark man killed late Sunday",
        """
NEWARK -- A 24-year-old man was shot and killed late Sunday in the city's West Ward, the Essex
County Prosecutor's Office said.

Police found the man on Maple Avenue at about 11:50 p.m. He was pronounced dead at University
Hospital shortly after midnight.

Photo: Police tape blocks off Maple Avenue on Monday morning, July 11, 2016.

No arrests have been made, prosecutor's spokeswoman Katherine Carter said Monday. The
investigation is ongoing.

The killing is the city's 50th this year, according to a count kept by the prosecutor's office.

The West Ward has seen several shootings this summer, including one on June 26 that wounded two
teenagers.
""",
        "2016-07-10",
    ),
    (
        "f24",
        "2016-08-23",
        "https://www.courier-journal.com/story/news/crime/",
        "Man shot near Shelby Park",
        """
A man was shot Monday night near Shelby Park, Louisville Metro Police said.

Police went to the 1100 block of East Oak Street around 9:10 p.m. They found the man,
whose age was not released, with a gunshot wound to his torso. He was taken to University Hospital
in critical condition.

Police said the shooter ran off toward Logan Street. Officers searched the area with a dog.

Louisville police spokesman Dwight Mitchell said Tuesday that no arrests had been made.

RELATED:
Teen shot on Louisville's East Side Aug. 2
Man killed in Aug. 15 shooting identified
Police: 3 wounded in Smoketown on Aug. 19
""",
        "2016-08-22",
    ),
    (
        "f25",
        "2016-10-03",
        "https://www.lohud.com/story/news/local/",
        "Man shot in Spring Valley; first shooting in months",
        """
SPRING VALLEY -- A 21-year-old man was shot Saturday afternoon on North Main Street, village police
said.

The man was struck in the foot shortly after 3 p.m. and was taken to Good Samaritan Hospital in
Suffern. He was released Sunday, police said.

Police said they believe the man was targeted. A 25-year-old man was arrested Sunday night and
charged with assault.

The last homicide in the village was in September 2014, Police Chief Paul Modica said. The last
shooting was in June.

Modica said Monday the department would add a foot patrol on weekends.
""",
        "2016-10-01",
    ),
    (
        "f26",
        "2016-11-15",
        "https://www.wdbj7.com/content/news/",
        "Veteran wounded in Roanoke shooting",
        """
ROANOKE, Va. -- A 52-year-old Army veteran was shot Sunday in northwest Roanoke, police said.

The man was honored at a Veterans Day ceremony Friday at the Roanoke Civic Center, relatives said.
On Sunday afternoon, he was shot in the chest while sitting in his truck on Melrose Avenue.

Officers were called at about 2:20 p.m. The man was taken to Carilion Roanoke Memorial Hospital,
where he was listed in serious condition Monday.

Police said a 19-year-old man was arrested Monday and charged with malicious wounding. He is
due in Roanoke General District Court on Nov. 22.

The veteran's daughter said he served two tours in Iraq. "He came home safe from a war," she said.
""",
        "2016-11-13",
    ),
    (
        "f27",
        "2017-01-09",
        "https://www.wbrz.com/news/",
        "Man killed in north Baton Rouge, city's third homicide since New Year's Day",
        """
BATON ROUGE -- Gunfire killed a man, 30, Saturday night in north Baton Rouge, the
third homicide in the city since New Year's Day.

Baton Rouge police said officers found the man just after 9 p.m. in the 4500 block of Plank Road.
He had been shot multiple times and died at the scene.

Police spokesman Sgt. Don Coppola said Sunday that detectives were looking for a motive.

The first homicide of 2017 happened Jan. 2, when a man was found shot in a car on Winbourne
Avenue. The second was Wednesday.

Anyone with information can call Crime Stoppers at 344-7867.
""",
        "2017-01-07",
    ),
    (
        "f28",
        "2017-02-20",
        "https://www.kens5.com/article/news/local/",
        "Man wounded in East Side shooting",
        """
SAN ANTONIO -- A man was shot Friday on the city's East Side and police are still looking for the
gunman.

The shooting happened at about 5:30 p.m. at an apartment complex on Rigsby Avenue, San Antonio
police said. The man, 28, was shot in the stomach and taken to Brooke Army Medical Center.

Police said the victim was not cooperating with investigators.

City offices were closed Monday for Presidents Day, and police said updates would be posted on
Tuesday.

The shooting was one of three on the East Side since Feb. 10.
""",
        "2017-02-17",
    ),
    (
        "f29",
        "2017-04-11",
        "https://www.ohio.com/akron/news/",
        "Akron man wounded Sunday afternoon",
        """
AKRON -- A man was shot Sunday afternoon on Akron's west side as families were returning from
church, police said.

The 34-year-old man was standing in a driveway on Copley Road at about 1:15 p.m. when someone
fired from a passing car. He was struck in the leg and taken to Akron City Hospital.

Several people nearby had just come from Palm Sunday services at a church on the corner,
witnesses said.

Lt. Rick Edwards said Monday the shooting did not appear to be random. Police have no suspects.

Easter Sunday services at the church will go ahead with extra officers nearby, its pastor said.
""",
        "2017-04-09",
    ),
    (
        "f30",
        "2017-05-23",
        "https://www.greenvilleonline.com/story/news/",
        "Feud between neighbors ends in shooting, deputies say",
        """
GREENVILLE, S.C. -- A dispute between neighbors that started over a dog ended with one man shot,
Greenville County deputies said.

The argument began Thursday, when one man accused the other of letting his dog into his yard. It
grew worse Friday, when the two traded threats in front of other neighbors, deputies said.

On Saturday morning, one of the men fired a shotgun at the other as he stood on his porch on
Poinsett Highway, according to the sheriff's office. The man was hit in the arm and shoulder.

Deputies arrested a 61-year-old man Saturday afternoon and charged him with attempted murder. He
was denied bond Sunday.

The wounded man was released from the hospital Monday.
""",
        "2017-05-20",
    ),
    (
        "f31",
        "2017-06-19",
        "https://www.pennlive.com/news/",
        "Arrest made in June 10 Harrisburg shooting",
        """
HARRISBURG -- Police on Sunday arrested a man they say shot a 20-year-old in Allison Hill earlier
this month.

The 20-year-old was shot on June 10 in the 1300 block of Derry Street, Harrisburg police said. He
was hit twice in the leg and is recovering.

Officers found the suspect, 23, hiding in a relative's home in Steelton on Sunday. He was charged
with aggravated assault and is being held in Dauphin County Prison.

Police said the two men had argued at a basketball court the week before.

A preliminary hearing is scheduled for June 27.
""",
        "2017-06-10",
    ),
    (
        "f32",
        "2017-08-08",
        "https://www.wtol.com/article/news/",
        "Toledo man shot just before midnight",
        """
Posted Aug. 7, 2017

TOLEDO, Ohio -- A man was shot just before midnight Sunday in central Toledo, police said.

The 27-year-old was shot in the side outside a home on Dorr Street at about 11:55 p.m. He was taken
to ProMedica Toledo Hospital in serious but stable condition.

A 30-year-old man was arrested near the scene and was arraigned Monday in Toledo Municipal Court
on a charge of felonious assault. His bond was set at $100,000.

Toledo police said the two men knew each other.
""",
        "2017-08-06",
    ),
    (
        "g01",
        "2018-03-13",
        "https://www.wmar2news.com/news/local-news/",
        "Man killed in West Baltimore",
        """
BALTIMORE -- A 33-year-old man was shot and killed Sunday night in West Baltimore, police said.

Officers patrolling the 1800 block of West North Avenue heard gunshots at about 9:25 p.m. and found
the man on the sidewalk. He died at Shock Trauma a short time later.

His killing was Baltimore's 41st homicide since the start of the year. Since March 1, at least nine
people have been killed in the city.

Police Commissioner Darryl De Sousa said Monday that detectives had recovered a gun nearby.

A prayer walk is planned for Thursday evening in the neighborhood.
""",
        "2018-03-11",
    ),
    (
        "g02",
        "2018-05-08",
        "https://www.kare11.com/article/news/local/",
        "Teen wounded near north Minneapolis park",
        """
MINNEAPOLIS -- Just after 4 p.m., children at a north Minneapolis park heard what sounded like
firecrackers.

It was gunfire. A 15-year-old boy was hit in the leg Monday near the basketball courts at
Farview Park, police said. He was taken to North Memorial Health Hospital and is expected to
recover.

Police spokesman John Elder said Tuesday that investigators believe the boy was not the intended
target. No arrests have been made.

The shooting was one of four in north Minneapolis since Friday, Elder said.

Park staff will hold a meeting with neighbors May 15.
""",
        "2018-05-07",
    ),
    (
        "g03",
        "2017-11-27",
        "https://www.wsoctv.com/news/local/",
        "Man shot after Thanksgiving gathering in east Charlotte",
        """
CHARLOTTE, N.C. -- A man was shot Friday night after a Thanksgiving gathering at a relative's home
in east Charlotte, police said.

Officers were called to a home on Central Avenue around 10:45 p.m. The 40-year-old man had been shot
in the chest after an argument with a cousin, according to police. He was in critical condition
Saturday.

The cousin, 36, was arrested Saturday morning and charged with assault with a deadly weapon. He is
due in court Monday.

CMPD has investigated 76 homicides since Jan. 1. The man's family said they hoped he would be home
for Christmas.
""",
        "2017-11-24",
    ),
    (
        "g04",
        "2016-09-06",
        "https://www.wftv.com/news/local/",
        "Labor Day weekend shooting leaves 1 dead in Orlando",
        """
ORLANDO, Fla. -- One man is dead after a shooting early Sunday in Orlando's Parramore neighborhood,
police said.

The shooting happened at about 1:20 a.m. outside a convenience store on West Church Street. Police
said a group of men were arguing when one pulled a gun.

The man who died was 23. His mother said he had just started a new job in August.

It was the second homicide in Parramore since Aug. 20. Police said Monday that they had identified
a person of interest.

Officers will increase patrols through the end of the holiday weekend, police said.
""",
        "2016-09-04",
    ),
    (
        "g05",
        "2017-03-21",
        "https://www.wfaa.com/article/news/local/",
        "Man shot in Oak Cliff; third shooting in area since March 5",
        """
DALLAS -- A man was shot Monday morning in Oak Cliff, the third shooting in the area since March 5,
Dallas police said.

Officers were called to an apartment complex on South Marsalis Avenue at about 7:30 a.m. The man,
29, had an arm wound and went to Methodist Dallas Medical Center.

Police said the man told officers he did not know who shot him.

Updated at 5:42 p.m. on March 20, 2017
""",
        "2017-03-20",
    ),
    (
        "g06",
        "2016-06-14",
        "https://www.wxyz.com/news/region/",
        "Woman wounded in drive-by in Pontiac",
        """
PONTIAC, Mich. -- A woman was wounded in a drive-by shooting late Saturday in Pontiac, the Oakland
County Sheriff's Office said.

Deputies said the 27-year-old woman was sitting on a porch on Baldwin Avenue when someone in a
passing car fired about 10 shots at about 11:40 p.m. She was hit in the hip.

Photo caption: Deputies investigate the scene on Baldwin Avenue on Sunday morning.

A vigil for another Pontiac shooting victim, a teen killed on June 4, was held Monday night two
blocks away.

The sheriff's office said the two cases do not appear to be related. Tips go to
248-858-4911.
""",
        "2016-06-11",
    ),
    (
        "g07",
        "2016-12-27",
        "https://www.11alive.com/article/news/crime/",
        "Man shot at Christmas Eve party in DeKalb",
        """
DECATUR, Ga. -- A man was shot early Saturday at a Christmas Eve party in DeKalb County, police
said.

The shooting happened at about 1 a.m. at a house on Glenwood Road, DeKalb County police said. The
man, 25, was taken to Grady Memorial Hospital in stable condition.

Police said an uninvited guest was asked to leave and returned with a gun. He is still at large.

It was one of several shootings over the Christmas weekend in metro Atlanta.
""",
        "2016-12-24",
    ),
    (
        "g08",
        "2017-07-11",
        "https://www.kcra.com/article/",
        "Stockton man arraigned in Fourth of July shooting",
        """
STOCKTON, Calif. -- A Stockton man was arraigned Monday in the shooting of a 17-year-old at a
Fourth of July block party.

Prosecutors said the man fired into a crowd on Fourth of July night on East Park Street, hitting
the teen in the shoulder. The teen has since been released from the hospital.

The man was arrested Thursday after a tip. He pleaded not guilty Monday and is due back in court
July 25.

Stockton has recorded 30 homicides and more than 100 nonfatal shootings since Jan. 1, according to
police.
""",
        "2017-07-04",
    ),
    (
        "g09",
        "2018-01-30",
        "https://www.wdsu.com/article/",
        "Man dies days after shooting in Algiers",
        """
NEW ORLEANS -- A man shot in Algiers last week has died, the coroner's office said Monday.

The 20-year-old was shot Jan. 22 in the 2500 block of Sandra Drive, police said. He died Sunday at
University Medical Center.

His death was ruled a homicide, the city's 14th since Jan. 1. Police have not named a suspect.

Relatives said a memorial service will be held Saturday.
""",
        "2018-01-22",
    ),
    (
        "g10",
        "2017-10-03",
        "https://www.fox13now.com/news/local-news/",
        "Man wounded in West Valley City shooting",
        """
WEST VALLEY CITY, Utah -- A 22-year-old man was wounded in a shooting Sunday afternoon, West Valley
police said.

The shooting happened at about 2:30 p.m. near 3500 South and Redwood Road. Officers found the man in
a parking lot with a gunshot wound to his stomach.

A year ago this week, two men were wounded in a shooting at an apartment complex nearby. Police said
the cases are not related.

Police said Monday they were looking for a man in his 20s who left in a black pickup truck.
""",
        "2017-10-01",
    ),
    (
        "g11",
        "2016-04-19",
        "https://www.star-telegram.com/news/local/crime/",
        "Fort Worth teen killed; family plans funeral",
        """
FORT WORTH -- A 17-year-old was shot and killed Saturday night on Fort Worth's south side, police
said.

Officers were called to the 3100 block of Hemphill Street at about 10:15 p.m. The teen was taken to
John Peter Smith Hospital, where he died early Sunday.

The Tarrant County medical examiner identified him Monday.

Funeral services will be held at 2 p.m. Saturday at a church on Evans Avenue. A balloon release is
planned for Friday at his high school.

He is the sixth teen killed in Fort Worth since Jan. 1, police said.
""",
        "2016-04-16",
    ),
    (
        "g12",
        "2018-06-26",
        "https://www.kansascity.com/news/local/crime/",
        "2 wounded as shots hit Westport crowd",
        """
KANSAS CITY, Mo. -- Shortly before 1:30 a.m., the crowd on Westport Road was thinning out when
someone fired several shots.

Two men were wounded early Sunday, police said Monday. One was in critical condition.

The shooting was the fourth in Westport since Memorial Day, according to police. Business owners met
with city officials Monday.

The city council will take up a proposal on June 28 to close the district's bars earlier.
""",
        "2018-06-24",
    ),
    (
        "x01",
        "2017-03-17",
        "https://www.chicagotribune.com/news/local/breaking/",
        "Man wounded Tuesday on South Side dies",
        """
A man who was shot Tuesday on the South Side has died, police said Friday.

The 31-year-old was shot in the head in the 6900 block of South Racine Avenue at about 8:40 p.m.,
police said. He died Thursday at Advocate Christ Medical Center.

The Cook County medical examiner's office ruled his death a homicide on Friday. No one is in
custody.

It was at least the 110th homicide in Chicago this year, according to data kept by the Tribune.
""",
        "2017-03-14",
    ),
    (
        "x02",
        "2016-11-28",
        "https://www.nbc12.com/story/",
        "Police: Man killed the night before Thanksgiving",
        """
RICHMOND, Va. -- Richmond police are asking for help finding whoever killed a man the night before
Thanksgiving.

Officers were called to Creighton Road at about 11:20 p.m. and found the 28-year-old man shot in a
car. He died at the scene.

His mother said he had stopped by her house that evening to pick up a pie for the next day's
dinner.

Detectives said Monday that they were looking at video from nearby businesses. Anyone with
information should call Crime Stoppers at 780-1000.
""",
        "2016-11-23",
    ),
    (
        "x03",
        "2018-01-02",
        "https://www.wtvr.com/news/local-news/",
        "First homicide of 2018 in Petersburg",
        """
PETERSBURG, Va. -- A man was shot and killed in the early hours of New Year's Day, the city's first
homicide of the year.

Police said the shooting happened at about 1:30 a.m. on Halifax Street, where a crowd had gathered
to watch fireworks at midnight. The man, 26, died at Southside Regional Medical Center.

Police Chief Kenneth Miller said Tuesday that officers were interviewing several witnesses.

The city recorded 16 homicides in 2017.
""",
        "2018-01-01",
    ),
    (
        "x04",
        "2017-09-14",
        "https://www.wtae.com/article/",
        "Police release video in the Sept. 3 shooting",
        """
PITTSBURGH -- Pittsburgh police on Thursday released surveillance video of a man they want to
question about the Sept. 3 shooting in the Hill District.

A 24-year-old man was wounded in that shooting outside a bar on Centre Avenue. He went home from
the hospital days later.

Police said the man in the video was seen walking away from the bar moments after the shots were
fired. He was wearing a red hooded sweatshirt.

Anyone who recognizes him is asked to call 412-323-5800.
""",
        "2017-09-03",
    ),
    (
        "x05",
        "2016-05-23",
        "https://www.10tv.com/article/news/",
        "Man shot last Tuesday has died",
        """
COLUMBUS, Ohio -- A man who was shot last Tuesday in the Linden area has died, Columbus police said.

The man, 45, was shot at about 4 p.m. in a parking lot on Cleveland Avenue. He was taken to Grant
Medical Center, where he died Saturday.

Police have charged a 20-year-old man with felonious assault, and the charge may be upgraded. He
was arrested last Thursday.

The death was the 39th homicide in Columbus this year.
""",
        "2016-05-17",
    ),
    (
        "x06",
        "2017-06-26",
        "https://www.wwltv.com/article/news/crime/",
        "Shooting late Friday or early Saturday leaves man dead",
        """
NEW ORLEANS -- A man was found shot to death in the Lower Ninth Ward, and police believe he was
killed late Friday or early Saturday.

A neighbor called police at about 6:30 a.m. Saturday after seeing the man lying in a driveway on
Forstall Street, according to NOPD.

The coroner's office will perform an autopsy on Monday. Police have not identified a suspect.
""",
        "2017-06-23",
    ),
    (
        "x07",
        "2016-02-15",
        "https://www.ajc.com/news/crime--law/",
        "Man killed in Clayton County a week ago Saturday identified",
        """
JONESBORO, Ga. -- Clayton County police on Monday identified a man killed in a shooting a week ago
Saturday.

The man, 35, lay shot at an apartment complex on Tara Boulevard at about 3 a.m., police said.
He died there.

Police said DNA tests were needed to confirm his identity. No arrests have been made.
""",
        "2016-02-06",
    ),
    (
        "x08",
        "2017-10-09",
        "https://www.wlwt.com/article/",
        "In the wee hours of Sunday, shots in Over-the-Rhine",
        """
CINCINNATI -- In the wee hours of Sunday, gunfire outside a bar hit a man on Vine Street in
Over-the-Rhine, police said.

Officers heard the shots at about 2:15 a.m. and found the 23-year-old man on the sidewalk. He was
taken to University of Cincinnati Medical Center with a wound to his leg.

Police are looking at video from cameras in the area. The bar's owner said the man had not been
inside.
""",
        "2017-10-08",
    ),
    (
        "x09",
        "2018-02-26",
        "https://www.wistv.com/story/",
        "Man shot 10 days ago dies; death ruled homicide",
        """
COLUMBIA, S.C. -- A man shot 10 days ago in north Columbia has died, the Richland County Coroner
said Monday.

The 52-year-old was shot outside his home on Farrow Road, deputies said. He died Sunday at Prisma
Health Richland.

Deputies arrested his nephew the day of the shooting. The nephew's charge will be upgraded to
murder, deputies said.
""",
        "2018-02-16",
    ),
    (
        "x10",
        "2017-01-17",
        "https://www.abc15.com/news/region-phoenix-metro/",
        "Tuesday's shooting in Maryvale: what we know",
        """
PHOENIX -- Police released more details Tuesday about a shooting in Maryvale that left a teenager
dead.

The 16-year-old was shot Saturday afternoon in a park near 51st Avenue and Indian School Road.
Officers found him on a walking path at about 3:45 p.m.

Police said Tuesday that they had arrested a 17-year-old on Monday.

The boy's family will hold a memorial Saturday at the park.
""",
        "2017-01-14",
    ),
    (
        "x11",
        "2016-08-09",
        "https://www.khou.com/article/news/",
        "Man shot three weeks ago identified",
        """
HOUSTON -- The Harris County Institute of Forensic Sciences has identified a man who was shot and
killed three weeks ago in southwest Houston.

The man was found on July 19 in a field near Bissonnet Street with several gunshot wounds, police
said. His identity was confirmed Monday.

Police are asking anyone who knew him to call the homicide division.
""",
        "2016-07-19",
    ),
    (
        "x12",
        "2017-12-04",
        "https://www.fox4kc.com/news/",
        "Man killed at KCK gas station",
        """
KANSAS CITY, Kan. -- A man was shot and killed at a gas station on State Avenue, police said.

The shooting happened at 11:47 p.m. Saturday, according to a police news release sent out early
Sunday. The man, 38, died at the University of Kansas Hospital.

Police said the man argued with another customer inside the store before the shooting. The other
man left in a silver car.

Police will release the man's name once his family has been told.
""",
        "2017-12-02",
    ),
    (
        "z01",
        "2017-05-12",
        "https://www.tennessean.com/story/news/crime/",
        "Man sentenced to 25 years in 2015 Antioch killing",
        """
NASHVILLE -- A Davidson County judge on Thursday sentenced a 27-year-old man to 25 years in prison
for the shooting death of a man outside an Antioch apartment complex.

A jury convicted him in March of second-degree murder in the Nov. 21, 2015, killing on Hickory
Hollow Parkway. Prosecutors said he fired four times after an argument over a parking space.

The victim's mother spoke at the hearing. "Not a day goes by," she said.

His lawyer said he would appeal. A hearing on a motion for a new trial is set for June 30.
""",
        "2015-11-21",
    ),
    (
        "z02",
        "2016-09-30",
        "https://www.sun-sentinel.com/local/broward/",
        "Trial begins in Lauderhill nightclub shooting",
        """
FORT LAUDERDALE -- Opening statements began Thursday in the Broward trial of a 24-year-old
charged with firing into a crowd outside a Lauderhill nightclub, wounding three people.

Prosecutors told jurors the shooting happened on the night of Jan. 3 after the man was thrown out of
the club for fighting. Two of the victims testified Thursday.

The trial is expected to last through next week. If convicted, he faces life in prison.

The club closed in April, about three months after the shooting.
""",
        "2016-01-03",
    ),
    (
        "z03",
        "2018-02-14",
        "https://www.dailypress.com/news/crime/",
        "Newport News police still seek killer, one year later",
        """
NEWPORT NEWS, Va. -- One year ago Wednesday, a 19-year-old was shot to death in the parking lot of a
shopping center on Jefferson Avenue.

No one has been charged. On Tuesday, the teen's mother stood in the same lot and asked anyone who
saw something to come forward.

Police said the shooting happened at about 9 p.m. on Feb. 14, 2017, as the teen was leaving work.

Crime Line is offering a reward of up to $5,000. Tips can be called in to 1-888-LOCK-U-UP.
""",
        "2017-02-14",
    ),
    (
        "z04",
        "2016-06-21",
        "https://www.chron.com/news/houston-texas/",
        "Teen pleads guilty in Father's Day weekend shooting",
        """
HOUSTON -- A 17-year-old pleaded guilty Monday to aggravated assault in a shooting at a park on
Father's Day weekend last year.

The teen shot a 20-year-old man in the leg during a fight at a basketball court in Sunnyside, court
records show. He was 16 at the time.

He will be sentenced on Aug. 8. Prosecutors are asking for 10 years.
""",
        "2015-06-20",
    ),
    (
        "z05",
        "2017-11-06",
        "https://www.dispatch.com/news/",
        "Gunfire at Saturday party leaves 2 hurt; shooter sought",
        """
COLUMBUS -- Police want to find whoever fired into a crowd at a house party in the
University District early Saturday, wounding two students.

The party on East 14th Avenue had been going since about 10 p.m. Friday when a fight broke out in
the front yard shortly after 1 a.m., according to police. Someone fired at least five shots.

A 20-year-old man was hit in the arm and a 19-year-old woman was grazed. Both were treated at Ohio
State's Wexner Medical Center.

Ohio State sent an alert to students at 2:04 a.m. Saturday. University President Michael Drake
addressed the shooting in a message to students on Sunday.

Since Aug. 20, police have investigated three shootings near campus.
""",
        "2017-11-04",
    ),
    (
        "z06",
        "2018-07-09",
        "https://www.wral.com/news/local/",
        "Man shot in Raleigh after argument at cookout",
        """
RALEIGH, N.C. -- A man was shot after an argument at a cookout in southeast Raleigh on Sunday,
police said.

The cookout on Bart Street had started around noon. At about 6:30 p.m., two men began arguing in
the backyard, and one of them pulled out a handgun, according to a police report released Monday.

The 34-year-old man who was shot was in serious condition at WakeMed. The shooter ran off before
officers arrived.

It was the second shooting in the area since the July 4 holiday.
""",
        "2018-07-08",
    ),
]

PROBES: list[tuple[str, str, str, str, str, str]] = []
# --- class 1: the start of a count's period ("since") read as the event's day. Pub Mon 2017-08-07
LEADS = [
    ("A man was shot Saturday night on Prospect Avenue, police said.", "2017-08-05"),
    ("A 19-year-old was killed early Sunday outside a corner store, police said.", "2017-08-06"),
    ("The shooting happened about 10 p.m. Friday in the 400 block of Elm Street.", "2017-08-04"),
    ("A woman was wounded Thursday afternoon while sitting in her parked car.", "2017-08-03"),
]
TALLIES = [
    "It was the city's fourth homicide since July 1.",
    "Since the 1st, police have recorded six shootings in the Third Ward.",
    "The killing is one of five in the county since June 20.",
    "Police have investigated 14 shootings since Jan. 1, up from nine at this point last year.",
    "It marks the third shooting on the block since July 22.",
    "Since New Year's Day, 31 people have been shot in the city.",
    "There have been three homicides in the neighborhood since Memorial Day.",
    "Since July 4, officers have responded to a dozen shootings across the east side.",
]
for i, (lead, day) in enumerate(LEADS):
    for j, tally in enumerate(TALLIES):
        PROBES.append(
            (
                f"t{i}{j}a",
                "2017-08-07",
                "https://www.wpxi.com/news/local/",
                "Shooting under investigation",
                lead + " " + tally + " No arrests have been made.",
                day,
            )
        )
        PROBES.append(
            (
                f"t{i}{j}b",
                "2017-08-07",
                "https://www.wpxi.com/news/local/",
                "Shooting under investigation",
                tally + " " + lead + " No arrests have been made.",
                day,
            )
        )
for j, tally in enumerate(TALLIES):
    PROBES.append(
        (
            f"t9{j}",
            "2017-08-07",
            "https://www.wpxi.com/news/local/",
            "Another shooting",
            tally
            + " The latest came late Saturday on Penn Avenue, where a man was hit in the leg.",
            "2017-08-05",
        )
    )
# --- class 2: a later day told "N days later, on <date>". Pub Mon 2017-04-10
FIRST = [
    ("A man was shot on April 1 as he sat in his car on Oak Street.", "2017-04-01"),
    ("Someone fired into a house on Pine Street on March 30, wounding a teenager.", "2017-03-30"),
    ("The victim, 22, was shot in the back on April 2 near a bus stop.", "2017-04-02"),
    ("Witnesses said the gunman opened fire outside a bar on April 3.", "2017-04-03"),
]
LATER = [
    "Officers found the car used in the shooting two days later, on {d}.",
    "A day later, on {d}, detectives recovered the gun in a storm drain.",
    "Police arrested a suspect three days later, on {d}.",
    "The next day, on {d}, investigators found the shell casings in a yard.",
    "A week later, on {d}, a second man was found shot in the same block.",
    "Five days later, on {d}, he died at the hospital.",
    "Two days later, on {d}, officers found the getaway car burned in a field.",
    "Investigators returned to the scene four days later, on {d}, to search for a bullet.",
    "The teen's family found a bullet hole in the siding a day later, on {d}.",
    "Police stopped the SUV the following day, on {d}.",
]
SPANS = [2, 1, 3, 1, 7, 5, 2, 4, 1, 1]
for i, (first, day) in enumerate(FIRST):
    d0 = dt.date.fromisoformat(day)
    for j, later in enumerate(LATER):
        dd = d0 + dt.timedelta(days=SPANS[j])
        s = dd.strftime("%B ") + str(dd.day)
        PROBES.append(
            (
                f"l{i}{j}",
                "2017-04-10",
                "https://www.wcnc.com/article/news/crime/",
                "Police seek gunman",
                first + " " + later.format(d=s) + " The investigation continues.",
                day,
            )
        )
# --- class 3: a holiday naming an occasion ("a Halloween party Saturday night").
HOL = [
    ("2017-10-30", "Halloween", "2017-10-28", "Saturday night"),
    ("2017-11-01", "Halloween", "2017-10-28", "Saturday night"),
    ("2016-12-27", "Christmas", "2016-12-23", "Friday night"),
    ("2016-12-20", "Christmas", "2016-12-17", "Saturday"),
    ("2017-07-03", "Fourth of July", "2017-07-01", "Saturday night"),
    ("2017-07-06", "Fourth of July", "2017-07-01", "Saturday night"),
    ("2017-11-21", "Thanksgiving", "2017-11-18", "Saturday"),
    ("2018-02-05", "Super Bowl", "2018-02-04", "Sunday night"),
    ("2017-12-29", "New Year's Eve", "2017-12-28", "Thursday night"),
    ("2017-03-20", "St. Patrick's Day", "2017-03-18", "Saturday"),
]
NOUNS = ["party", "celebration", "cookout", "gathering"]
for i, (pub, hol, day, wd) in enumerate(HOL):
    for j, noun in enumerate(NOUNS):
        PROBES.append(
            (
                f"h{i}{j}a",
                pub,
                "https://www.13newsnow.com/article/news/crime/",
                "Gunfire at party",
                f"Two people were wounded when someone opened fire at a {hol} {noun} {wd}, "
                "police said. Officers found both victims in the yard of a home on Cedar Lane.",
                day,
            )
        )
        PROBES.append(
            (
                f"h{i}{j}b",
                pub,
                "https://www.13newsnow.com/article/news/crime/",
                "Gunfire at party",
                f"A man was shot {wd} at a {hol} {noun} on Cedar Lane, police said. "
                "He is expected to recover.",
                day,
            )
        )


# --- round 2 (after the rules): other lures beside a lead, in its own paragraph, before or
# after it. Pub Tue 2017-08-08. main and h-date21 98 of 108 (the misses below)
LURE_LEADS = [
    ("A man was shot Saturday night on Prospect Avenue, police said.", "2017-08-05"),
    ("A 19-year-old was killed early Sunday outside a corner store, police said.", "2017-08-06"),
    (
        "Shortly after 10 p.m. Friday, officers found a man shot in the 400 block of Elm Street.",
        "2017-08-04",
    ),
]
LURES = [
    "It was the city's 40th homicide this year.",
    "It was the third shooting in the neighborhood this month.",
    "He had been out of prison since May 2.",
    "The victim had lived on the street since 2009.",
    "The house has been vacant since last summer.",
    "A vigil is planned for Thursday at 7 p.m.",
    "The suspect is due in court Wednesday.",
    "He was arraigned Monday on a charge of attempted murder.",
    "Police said Monday the shooting may have been gang-related.",
    "A year ago this week, a teen was wounded on the same block.",
    "Last month, on July 16, two men were shot a block away.",
    "The shooting came two weeks after a man was killed on nearby Penn Street on July 22.",
    "On July 29, a woman was wounded by a stray bullet a few houses away.",
    "Photo: Officers search the block on Monday morning.",
    "The family has set up a GoFundMe page, which had raised $3,000 by Monday.",
    "Funeral arrangements are set for Saturday at Grace Baptist Church.",
    "Earlier, on Wednesday, officers had been called to the same house for a fight.",
    "Police had responded to a noise complaint at the house on Aug. 1.",
]
for i, (lead, day) in enumerate(LURE_LEADS):
    for j, lure in enumerate(LURES):
        PROBES.append(
            (
                f"r{i}{j:02d}a",
                "2017-08-08",
                "https://www.wkyc.com/article/news/crime/",
                "Police investigate shooting",
                lead + "\n\n" + lure + "\n\nNo arrests have been made.",
                day,
            )
        )
        PROBES.append(
            (
                f"r{i}{j:02d}b",
                "2017-08-08",
                "https://www.wkyc.com/article/news/crime/",
                "Police investigate shooting",
                lure + "\n\n" + lead + "\n\nNo arrests have been made.",
                day,
            )
        )

# --- a check set for counts, written after the rule. Pub Tue 2018-04-17. main 34 of 48,
# h-date21 48 (c001b/c101b after "the seventh in the ward": `_RANK`); "k" controls: a
# since-day that is the event's own
COUNT_LEADS = [
    ("A man was shot and wounded Sunday evening on Garfield Avenue, police said.", "2018-04-15"),
    (
        "Two teens were hurt when someone fired into a car late Saturday, deputies said.",
        "2018-04-14",
    ),
]
COUNTS = [
    "Since the start of the year, the county has recorded 19 shootings.",
    "The shooting was the seventh in the ward since March 12.",
    "It is the city's 12th homicide since Jan. 1, police said.",
    "There have been 11 shootings in the district since the 1st of the month.",
    "Since April 2, officers have investigated eight shootings within a mile of the park.",
    "Since Easter, three people have been shot on the same block.",
    "It was one of at least six shootings in the city since Friday.",
    "The county has seen 22 killings since Jan. 1, compared with 15 a year ago.",
    "Since Thanksgiving, 40 people have been shot in the city.",
    "Police have made arrests in four of the nine homicides since Jan. 1.",
    "Since March 30, at least five people have been wounded in shootings on the east side.",
    "Since the 8th, police have answered 14 calls about shots fired in the area.",
]
for i, (lead, day) in enumerate(COUNT_LEADS):
    for j, c in enumerate(COUNTS):
        PROBES.append(
            (
                f"c{i}{j:02d}a",
                "2018-04-17",
                "https://www.wthr.com/article/news/crime/",
                "Shooting investigated",
                lead + "\n\n" + c + "\n\nNo arrests have been made.",
                day,
            )
        )
        PROBES.append(
            (
                f"c{i}{j:02d}b",
                "2018-04-17",
                "https://www.wthr.com/article/news/crime/",
                "Shooting investigated",
                c + " " + lead + "\n\nNo arrests have been made.",
                day,
            )
        )
# controls: a since-day that is the event's (or its range), no count of separate incidents
CONTROLS = [
    (
        "Clashes since Wednesday have killed 12 people in the city's north, officials said Friday.",
        "2018-04-11",
    ),
    (
        "A standoff that began Saturday ended Monday when the gunman surrendered. He had fired "
        "at officers since Saturday night.",
        "2018-04-14",
    ),
    (
        "Gunfire since Sunday night has wounded three people in the housing complex, police said.",
        "2018-04-15",
    ),
]
for k, (t, day) in enumerate(CONTROLS):
    PROBES.append(
        (
            f"k{k}",
            "2018-04-17",
            "https://www.wthr.com/article/news/crime/",
            "Violence continues",
            t,
            day,
        )
    )

# --- anniversaries led by "N years ago <weekday>" (found with z03, after the first rules):
# the weekday is this week's, the shooting N years before it. main 0 of 40, h-date21 40
ANNIVERSARY_PUBS = ["2017-03-08", "2016-10-13", "2018-05-21", "2017-12-01"]  # Wed, Thu, Mon, Fri
ANNIVERSARY_FORMS = [
    ("One year ago {wd}, a 19-year-old was shot to death outside a store on Main Street.", 1),
    ("A year ago {wd}, gunfire killed a father of two in his driveway on Elm Street.", 1),
    ("Two years ago {wd}, a teenager was shot and wounded at a bus stop on Lake Avenue.", 2),
    ("It was a year ago {wd} that a man was shot dead in the parking lot on Pine Street.", 1),
    ("Three years ago {wd}, a woman was killed by a stray bullet in her kitchen on Oak Street.", 3),
]
ANNIVERSARY_TAILS = [
    " No one has been charged. Her family gathered at the spot on {wd} to ask for help.",
    " The case is still open, police said {wd}.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
for i, pub in enumerate(ANNIVERSARY_PUBS):
    p = dt.date.fromisoformat(pub)
    for back in (0, 2):  # the weekday told: the publication day, or two days before it
        d = p - dt.timedelta(days=back)
        wd = WEEKDAYS[d.weekday()]
        for j, (form, n) in enumerate(ANNIVERSARY_FORMS):
            want = d.replace(year=d.year - n).isoformat()
            tail = ANNIVERSARY_TAILS[(i + j) % 2].format(wd=wd)
            PROBES.append(
                (
                    f"a{i}{back}{j}",
                    pub,
                    "https://www.wvec.com/article/news/",
                    "A year later, no arrest",
                    form.format(wd=wd) + tail,
                    want,
                )
            )

KNOWN_MISSES = {
    # the shooting's day hangs on "stopped" ("a car stopped at a red light ... on April 1") and
    # the day the car was found two days later hangs on "found", a word of violence
    "f09": "'found the SUV two days later, on April 3' dates the event",
    # "Father's Day weekend last year": the holiday's weekend of the year named after it
    "z04": "'on Father's Day weekend last year' under a plea is this year's court day",
    # an earlier incident told in a paragraph before the lead's (the lead's own day is told
    # later): read as the lead
    **{
        f"r{i}{j}b": "an earlier incident told before the lead dates the event"
        for i in range(3)
        for j in ("10", "12", "17")
    },
    # "A vigil is planned for Thursday at 7 p.m." before the lead's paragraph: spaCy keeps
    # "p.m. Shortly after 10 p.m. Friday, officers found" in one future sentence
    "r205b": "a lead after 'at 7 p.m.' of a planned vigil is read as the vigil's",
}


test_the_shooting_day = day_table_test(STORIES + PROBES, KNOWN_MISSES, _prose)


# --- each rule on its own (7 August 2017 is a Monday) ---------------------------------------

MON = dt.date(2017, 8, 7)


def event_day(text: str, anchor: dt.date = MON) -> str | None:
    return when_helpers.event_day(text, anchor)


@pytest.mark.parametrize(
    "text",
    [
        "It was the county's ninth homicide since June 1. A man was shot Saturday on Elm Street.",
        "A man was shot Saturday on Elm Street, one of three in the city since July 2.",
        "Since the 1st, deputies have logged five shootings. The last came Saturday on Elm Street.",
        "Saturday's shooting on Elm Street was the ninth in the ward since July 31.",
    ],
)
def test_the_start_of_a_counts_period_is_no_day_of_the_event(text: str) -> None:
    assert event_day(text) == "2017-08-05"


def test_a_count_of_victims_since_a_recent_day_keeps_its_start() -> None:
    # "since Wednesday" within the week, with a count of people: the event's own days
    text = "Since Wednesday, 12 people have been killed in clashes. Gunmen struck a market Friday."
    assert event_day(text) == "2017-08-02"


def test_a_holiday_naming_a_party_gives_way_to_the_day_told() -> None:
    text = "A woman was shot at a Halloween party Saturday night on Elm Street."
    assert event_day(text, dt.date(2017, 10, 30)) == "2017-10-28"
    assert event_day(
        "A woman was shot at a Halloween party on Elm Street.", dt.date(2017, 11, 2)
    ) == ("2017-10-31")


@pytest.mark.parametrize("text", ["Mayor Lee 3", "Junior Day 2", "Augustine, 4", "the 3 Mayors"])
def test_a_month_stem_inside_a_word_is_no_month(text: str) -> None:
    assert not when._DATEPARSER_WORTHY.search(text)


@pytest.mark.parametrize("text", ["March 3", "Sept. 5, 2016", "the 4th of July, 2014", "5 Jan"])
def test_a_month_word_with_a_number_goes_to_dateparser(text: str) -> None:
    assert when._DATEPARSER_WORTHY.search(text)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("One year ago Monday, a man was shot on Elm Street.", "2016-08-07"),
        ("Two years ago Saturday, a teen was killed on Elm Street.", "2015-08-05"),
        ("It was a year ago Monday that a man was shot dead on Elm Street.", "2016-08-07"),
    ],
)
def test_a_weekday_after_years_ago_is_that_day_years_back(text: str, day: str) -> None:
    assert event_day(text) == day
