"""analyse: full-length local stories whose other places lure the reader (h-city29).

Local reports of a shooting name many towns that are not the scene's: the victim's and the
suspect's home towns, the hospital's ("flown to a hospital in Pittsburgh"), the jail's and the
court's in the county seat ("booked into the jail in Media", "arraigned in Stamford"), where
a suspect was caught ("arrested Saturday in Bozeman"), a state police post's town, earlier
incidents elsewhere, and the outlet's other stories ("More from the News-Leader: Nixa man
killed in crash; ..."). Some give the scene only as a street and the town through its police
("Salisbury police said") or a resident ("A Billings man was shot at a home on Grand
Avenue"). A table of such reports written for this test (the places are real, the events,
people and outlets invented), each with its town and state; the whole table runs through the
pipeline at once (`analyse_many`). The rows the system still misses are marked, each with its
reason.
"""

from __future__ import annotations

import pytest

from newsfold.analyse.counts.stories import other_story_spans
from newsfold.analyse.where.event_place import _aftermath_town
from newsfold.analyse.where.mentions import _Mention
from newsfold.records import Article, Event

from .where_helpers import analysed_event, events_by_id, probe_params

# (id, headline, published, address, text, (town, state))
PROBES: list[tuple[str, str, str, str, str, tuple[str, str]]] = [
    (
        "L01",
        "Man shot outside Xenia convenience store; Dayton suspect in custody",
        "2025-03-14",
        "https://www.daytondailyledger.com/local/xenia-shooting",
        (
            "XENIA — A 34-year-old man was wounded Thursday night when gunfire erupted in "
            "the parking lot of a convenience store on West Main Street, police said. "
            "Officers went to the store in the 900 block of West Main Street at about 9:40 "
            "p.m. after several 911 callers reported hearing shots. They found the victim, "
            "a Springfield man, who had been shot in his leg. He was taken to Miami Valley "
            "Hospital in Dayton, where he was listed in stable condition Friday morning. "
            "Police said the shooting followed an argument between two men who knew each "
            "other. A 22-year-old Dayton man was arrested about an hour later at a home in "
            "Fairborn and booked into the Greene County Jail. He faces a charge of "
            'felonious assault, according to jail records. "This was not a random act," '
            'Xenia police Chief Hal Brenner said. "The two men had a dispute that went back'
            ' several weeks." Investigators recovered a handgun from a car parked at the '
            "Fairborn home. People who saw something can reach the Xenia Police Division. "
            "The suspect is expected to appear in Xenia Municipal Court on Monday."
        ),
        ("Xenia", "Ohio"),
    ),
    (
        "L02",
        "Teen killed in Chester shooting; suspect arraigned in Media",
        "2025-06-02",
        "https://www.delcotimesdaily.com/news/chester-teen-killed",
        (
            "A 17-year-old boy died after being shot Saturday evening in Chester, and a "
            "19-year-old man has been charged with murder, the Delaware County District "
            "Attorney's Office said. Police responded to the 1400 block of Edgmont Avenue "
            "shortly after 7 p.m. for a report of a person shot. The teen lay on the "
            "sidewalk, hit several times, and died at Crozer-Chester Medical Center in "
            "Upland. Detectives identified the suspect through surveillance video from a "
            "corner store, District Attorney Dana Whitcombe said at a news conference in "
            "Media. The suspect, of Upland, was taken into custody Sunday without incident."
            " He was arraigned and booked into the George W. Hill Correctional Facility in "
            "Thornton and denied bail. The victim was a junior at Chester High School, "
            'where grief counselors were available Monday. "Another family in our community'
            " is mourning a child,\" Mayor Alan Pruitt said. The shooting was the city's "
            "ninth homicide of the year. Last month, a 20-year-old man was killed in a "
            "shooting in nearby Darby. A preliminary hearing is scheduled for June 12."
        ),
        ("Chester", "Pennsylvania"),
    ),
    (
        "L03",
        "Two wounded in Merrillville shooting; suspect caught in Gary",
        "2025-08-19",
        "https://www.nwitimesherald.com/news/local/crime/merrillville-two-wounded",
        (
            "Two people were wounded in a shooting at an apartment complex Monday "
            "afternoon, Merrillville police said. Officers were called about 3:15 p.m. to "
            "the Turkey Creek apartments in the 7800 block of Taft Street. A 24-year-old "
            "Hammond man was shot in the abdomen and a 30-year-old woman from Hobart was "
            "grazed in the arm. Both were taken to Methodist Hospitals Southlake Campus, "
            "police said. The man was later flown to a hospital in Chicago in serious "
            "condition. The suspect fled in a gray sedan and was arrested in Gary, Indiana,"
            " two days later, police said. He was booked into the Lake County Jail in Crown"
            " Point on charges of attempted murder and aggravated battery. The Indiana "
            "State Police post in Lowell assisted with the investigation. Merrillville "
            "police Cmdr. Bill Norquist said the victims and the suspect knew each other. "
            "Police ask anyone with information to call the department's detective bureau. "
            "More from Crown Point: County council approves jail budget; Lowell man wins "
            "fishing derby."
        ),
        ("Merrillville", "Indiana"),
    ),
    (
        "L04",
        "Man shot dead on East Side street",
        "2025-04-27",
        "https://www.ctpostnews.com/news/article/east-side-homicide",
        (
            "BRIDGEPORT — A man, 28, was shot and killed late Saturday on the East Side, "
            "police said. Officers responded to Stratford Avenue near Union Avenue around "
            "11:20 p.m. after ShotSpotter detected several rounds. They found the victim, a"
            " Stratford resident, lying in the street. He was taken to St. Vincent's "
            "Medical Center, where he died soon after. Police did not release his name "
            "pending notification of his family. No arrests had been made by Sunday "
            "afternoon. The killing is the city's eighth homicide this year, according to "
            "police records. In February, a man from Fairfield was charged in an unrelated "
            "killing and arraigned in Bridgeport Superior Court. Police Chief Marcus "
            "Bellweather asked witnesses to come forward. Anyone with information can call "
            "the detective bureau or leave an anonymous tip."
        ),
        ("Bridgeport", "Connecticut"),
    ),
    (
        "L05",
        "Woman killed, man hurt in Beckley shooting",
        "2025-02-08",
        "https://www.wvregisterherald.com/news/beckley-shooting-leaves-one-dead",
        (
            "A woman was killed and a man was wounded in a shooting early Friday at a home "
            "on Maxwell Hill Road, according to the Beckley Police Department. Officers "
            "were dispatched at about 1:30 a.m. after a neighbor reported hearing gunshots."
            " The woman, 41, died at the scene. The man, 45, was taken to Raleigh General "
            "Hospital and later flown to Charleston Area Medical Center in Charleston. "
            "Police said a suspect, a 39-year-old man from Oak Hill, was arrested later "
            "that morning at a traffic stop in Fayetteville by West Virginia State Police "
            "troopers. He was arraigned before a Raleigh County magistrate and is being "
            "held at Southern Regional Jail in Beaver. Detectives believe the shooting "
            "stemmed from a domestic dispute. Beckley Police Chief Gene Tolliver said there"
            " is no danger to the public. The woman's name has not been released. In other "
            "news from Beckley, the city council voted Tuesday to repave Harper Road."
        ),
        ("Beckley", "West Virginia"),
    ),
    (
        "L06",
        "Man wounded in Kennewick drive-by; Pasco teen arrested",
        "2025-07-05",
        "https://www.tricityheraldnews.com/news/local/crime/article-kennewick-driveby",
        (
            "A man, 20, was wounded in a drive-by shooting Thursday night in Kennewick, "
            "police said. Gunfire broke out about 10:45 p.m. in the 600 block of West "
            "Fourth Avenue. Witnesses told officers that someone in a dark SUV fired "
            "several shots at a group standing near a house. The victim, from Richland, was"
            " struck in the shoulder and driven by friends to Trios Southridge Hospital. He"
            " was later transferred to a hospital in Spokane. A 17-year-old Pasco boy was "
            "arrested Friday in Pasco and booked into the Benton County Juvenile Justice "
            "Center. Kennewick police Sgt. Sean Goodell said the shooting appeared to be "
            "gang-related. Officers found at least six shell casings in the road. Pasco and"
            " Richland police helped search for the SUV. People who saw something can reach"
            " Kennewick police."
        ),
        ("Kennewick", "Washington"),
    ),
    (
        "L07",
        "Man killed in Anniston; Oxford man charged with murder",
        "2025-09-22",
        "https://www.annistonstarnews.com/news/crime/anniston-man-killed",
        (
            "A 31-year-old man died after being shot Sunday afternoon on West 15th Street, "
            "Anniston police said. Officers found the man in the front yard of a house "
            "shortly after 4 p.m. He was taken to Regional Medical Center and later flown "
            "to UAB Hospital in Birmingham, where he died Sunday night. Police identified "
            "the suspect as a 26-year-old Oxford man. He turned himself in at the Calhoun "
            "County Jail Monday morning and was charged with murder. His bond was set at "
            "$150,000. Anniston police Chief Ray Dunstan said the two men had argued "
            "earlier in the day at a gathering in Jacksonville. The victim, a father of "
            "three, was a 2011 graduate of Oxford High School, his family said. It was "
            "Anniston's seventh homicide of 2025. Calhoun County Coroner Lee Harkins "
            "confirmed the death."
        ),
        ("Anniston", "Alabama"),
    ),
    (
        "L08",
        "Police: man shot on Elkhart's south side",
        "2025-05-18",
        "https://www.southbendtribunepost.com/story/news/crime/elkhart-man-shot",
        (
            "ELKHART — A man was hospitalized with a gunshot wound after a shooting "
            "Saturday night on the city's south side. Officers went to the 1200 block of "
            "South Sixth Street at 8:50 p.m. The man, 36, of Goshen, was taken to Elkhart "
            "General Hospital and later transferred to Memorial Hospital in South Bend. His"
            " injuries were not considered life-threatening, police said. Investigators are"
            " looking for a man seen running toward Prairie Street. No suspect information "
            "was released. The Elkhart County Prosecutor's Office in Goshen is reviewing "
            "the case. Anyone with information can contact Elkhart police or Crime "
            "Stoppers. Related: South Bend man sentenced in 2023 Mishawaka killing; Goshen "
            "council weighs downtown parking plan."
        ),
        ("Elkhart", "Indiana"),
    ),
    (
        "L09",
        "Two dead in Tupelo apartment shooting",
        "2025-10-11",
        "https://www.djournalnews.com/news/crime/two-dead-tupelo-apartment",
        (
            "Two people died in a shooting Friday night at an apartment complex on North "
            "Gloster Street, Tupelo police said. Officers arrived about 9 p.m. and found a "
            "man, 25, and a woman, 23, with gunshot wounds. The man died at the scene and "
            "the woman died at North Mississippi Medical Center. Both were from Verona, "
            "police said. A suspect, a 27-year-old man from Shannon, was arrested Saturday "
            "in Memphis, Tennessee, by U.S. Marshals. He will be extradited to Lee County "
            "and booked into the Lee County Adult Jail. Police Chief Tom Averill said the "
            "suspect had a previous relationship with the woman. Lee County Coroner Ruth "
            "Pendley said autopsies will be performed at the state crime lab in Pearl. The "
            "shooting is under investigation by the Tupelo Police Department."
        ),
        ("Tupelo", "Mississippi"),
    ),
    (
        "L10",
        "One killed, one hurt in east side Pueblo shooting",
        "2025-01-25",
        "https://www.chieftainpueblo.com/story/news/crime/pueblo-shooting",
        (
            "PUEBLO — One man was killed and another was injured in a shooting Friday "
            "evening on the city's East Side, police said. Officers went to the 1400 block "
            "of East Seventh Street at 6:20 p.m. A 44-year-old man died at the scene. A "
            "29-year-old Colorado Springs man was taken to Parkview Medical Center who had "
            "been shot in his chest and was later moved to a hospital in Denver. Police "
            "arrested a 33-year-old man from Pueblo West Saturday morning. He was booked "
            "into the Pueblo County jail suspected of first-degree murder and attempted "
            "murder. The Colorado Bureau of Investigation's office in Grand Junction is "
            "helping process evidence. Pueblo police said the men knew each other. It was "
            "the city's second homicide of the year."
        ),
        ("Pueblo", "Colorado"),
    ),
    (
        "L11",
        "Man shot near downtown bar; Topeka man arrested",
        "2025-03-30",
        "https://www2.ljworldnews.com/news/crime/man-shot-downtown",
        (
            "A man was shot early Sunday outside a bar in the 800 block of Massachusetts "
            "Street, Lawrence police said. Officers were called about 1:50 a.m. and found a"
            " 23-year-old Olathe man who had been shot in his hip. He was taken to LMH "
            "Health and later transferred to the University of Kansas Hospital in Kansas "
            "City, Kansas. Police arrested a 25-year-old Topeka man a few blocks away. He "
            "was booked into the Douglas County Jail on suspicion of aggravated battery. "
            "Officer Owen Castell said the two men had argued inside the bar before the "
            "shooting. Witnesses described a large crowd on the street at closing time. The"
            " department asked anyone with video of the incident to contact investigators."
        ),
        ("Lawrence", "Kansas"),
    ),
    (
        "L12",
        "Soldier wounded in Fayetteville shooting",
        "2025-11-03",
        "https://www.fayobserverdaily.com/story/news/crime/soldier-wounded",
        (
            "FAYETTEVILLE — A Fort Liberty soldier was wounded in a shooting Sunday night, "
            "Fayetteville police said. Gunfire broke out about 10 p.m. at a shopping center"
            " on Skibo Road. The 24-year-old soldier, who lives in Spring Lake, was taken "
            "to Cape Fear Valley Medical Center with non-life-threatening injuries. A "
            "suspect, a 21-year-old man from Hope Mills, was charged with assault with a "
            "deadly weapon with intent to kill. He was taken to the Cumberland County "
            "Detention Center under a $200,000 secured bond. Police said the men had met to"
            " sell a cellphone. The Army's Criminal Investigation Division at Fort Liberty "
            "was notified. People who saw something can reach Detective T. Ibarra. Also in "
            "the news: Raeford man dies in crash on U.S. 401; Lumberton schools delay "
            "opening."
        ),
        ("Fayetteville", "North Carolina"),
    ),
    (
        "L13",
        "Great Falls man killed, suspect arrested in Helena",
        "2025-06-21",
        "https://www.greatfallstribunepost.com/story/news/local/gf-man-killed",
        (
            "A Great Falls man was shot and killed Thursday night at a residence on 9th "
            "Avenue South, police said. Officers found the 38-year-old victim inside the "
            "house after a caller reported a shooting at about 11 p.m. He died at Benefis "
            "Health System. Police said the suspect left the scene in a pickup and was "
            "arrested Friday in Helena by Lewis and Clark County deputies. He was returned "
            "to Cascade County and booked into the Cascade County Detention Center. Great "
            "Falls police Capt. Kyle Ransom said the shooting appeared to be targeted. The "
            "Montana State Crime Lab in Missoula will examine the weapon. The victim's "
            "family said he had recently moved from Billings."
        ),
        ("Great Falls", "Montana"),
    ),
    (
        "L14",
        "Three hurt when gunfire breaks out at Lakeland park",
        "2025-05-04",
        "https://www.theledgerflorida.com/story/news/crime/lakeland-park-shooting",
        (
            "Three people were hurt Saturday when a gunman shot into a crowd at a park in "
            "north Lakeland, police said. The shooting happened at about 5:30 p.m. at Lake "
            "Bonny Park during a birthday party. A 16-year-old boy from Winter Haven, a "
            "19-year-old man from Bartow and a 45-year-old Lakeland woman were struck. All "
            "three were taken to Lakeland Regional Health; the teen was later flown to "
            "Tampa General Hospital in Tampa. Witnesses said a man got into an argument "
            "with party guests and opened fire. Polk County Sheriff Wade Conroy's office "
            "helped search for the suspect, who was arrested Sunday in Auburndale. He was "
            "booked into the Polk County Jail in Bartow on three counts of attempted "
            "murder. Lakeland police Chief Neil Archer called the shooting senseless. The "
            "park was closed Sunday. More from The Ledger: Winter Haven approves new fire "
            "station; Haines City man wins lottery."
        ),
        ("Lakeland", "Florida"),
    ),
    (
        "L15",
        "Man killed in Portsmouth shooting; Norfolk man charged",
        "2025-12-14",
        "https://www.pilotonlinenews.com/news/crime/portsmouth-man-killed",
        (
            "PORTSMOUTH — A man died after a shooting Saturday afternoon in the Cradock "
            "neighborhood, police said. Officers went to the 100 block of Afton Parkway at "
            "about 2:15 p.m. They found a 27-year-old man suffering from gunshot wounds. He"
            " was taken to Sentara Norfolk General Hospital in Norfolk, where he died. A "
            "30-year-old Norfolk man was arrested Sunday in Chesapeake and charged with "
            "second-degree murder. He is being held at the Portsmouth City Jail. Police "
            "said the victim and suspect were acquaintances. The shooting was the city's "
            "24th homicide of the year. Last week, a woman was wounded in a separate "
            "shooting in Suffolk."
        ),
        ("Portsmouth", "Virginia"),
    ),
    (
        "L16",
        "Waterloo teen shot; Cedar Falls man sought",
        "2025-08-02",
        "https://wcfcourierdaily.com/news/local/crime/waterloo-teen-shot",
        (
            "WATERLOO — A 15-year-old boy was shot Friday evening in the 300 block of "
            "Newell Street, Waterloo police said. Officers answered a report of shots fired"
            " at about 7:45 p.m. The boy was taken to MercyOne Waterloo Medical Center and "
            "later transferred to University of Iowa Hospitals in Iowa City. Police are "
            "seeking a 19-year-old Cedar Falls man in connection with the shooting. A "
            "warrant was issued in Black Hawk County for attempted murder. Police said the "
            "teen attends East High School. Investigators recovered several casings and a "
            "vehicle was struck by gunfire. People who saw something can reach Waterloo "
            "police or Crime Stoppers of the Cedar Valley."
        ),
        ("Waterloo", "Iowa"),
    ),
    (
        "L17",
        "Odessa man killed outside home; Midland woman arrested",
        "2025-04-12",
        "https://www.oaoa-news.com/crime/odessa-man-killed-outside-home",
        (
            "A 52-year-old man was shot and killed Friday night outside his home on the "
            "2500 block of West 10th Street, Odessa police said. Officers arrived at about "
            "10:10 p.m. and found the man in the driveway. He died at Medical Center "
            "Hospital. A 35-year-old Midland woman was arrested early Saturday on "
            "Interstate 20 near Monahans by Texas Department of Public Safety troopers. She"
            " was booked into the Ector County Law Enforcement Center on a murder charge. "
            "Police said the woman and the victim had been in a relationship. The Texas "
            "Rangers' office in Midland is assisting. The victim had worked for a Big "
            "Spring oilfield company for more than 20 years, his family said."
        ),
        ("Odessa", "Texas"),
    ),
    (
        "L18",
        "Man found shot dead in Saginaw vehicle",
        "2025-09-07",
        "https://www.mlivenews.com/saginaw/2025/09/man-found-shot-dead-in-vehicle.html",
        (
            "SAGINAW, MI — A man was discovered shot dead inside a vehicle early Saturday "
            "on Saginaw's east side, police said. Officers were called at about 3 a.m. to "
            "the 1700 block of East Genesee Avenue. The man, 29, of Bay City, died at the "
            "scene. Michigan State Police detectives assigned to the Saginaw Violent Crime "
            "Task Force are investigating. No arrests have been made. Investigators believe"
            " the man was shot elsewhere and drove a short distance before stopping. Anyone"
            " with information should contact Crime Stoppers of Saginaw County. Also on "
            "MLive: Flint man sentenced for Burton robbery; Midland police seek runaway "
            "teen."
        ),
        ("Saginaw", "Michigan"),
    ),
    (
        "L19",
        "2 shot at Rock Hill gas station; Charlotte man charged",
        "2025-07-26",
        "https://www.heraldonlinenews.com/news/local/crime/rock-hill-gas-station",
        (
            "Two men were shot Friday night at a gas station on Cherry Road, Rock Hill "
            "police said. Gunfire broke out about 9:15 p.m. A 22-year-old man from Fort "
            "Mill was shot in the arm and a 34-year-old Rock Hill man was shot in the leg. "
            "Both were taken to Piedmont Medical Center. The suspect, a 27-year-old man "
            "from Charlotte, North Carolina, was arrested Saturday in Charlotte and will be"
            " extradited. He faces two counts of attempted murder. He will be held at the "
            "York County Detention Center in York. Rock Hill police Lt. Carl Dempsey said "
            "the shooting followed a fight inside the store. Video from the store helped "
            "identify the suspect, police said."
        ),
        ("Rock Hill", "South Carolina"),
    ),
    (
        "L20",
        "Man shot to death in Joliet; Bolingbrook man charged",
        "2025-10-19",
        "https://www.theherald-newsjoliet.com/news/local/joliet-man-shot-to-death",
        (
            "A man was shot to death Saturday afternoon on Joliet's east side, police said."
            " Officers went to the 500 block of Woodruff Road at about 3:40 p.m. The "
            "victim, a 40-year-old Joliet man, was taken to Ascension Saint Joseph "
            "Hospital, where he died. A 26-year-old Bolingbrook man was arrested Sunday in "
            "Romeoville and charged with first-degree murder. He is being held at the Will "
            "County Adult Detention Facility. Police said the suspect and victim were "
            "cousins. Will County Coroner Joan Mertz confirmed the death. It was the third "
            "homicide in Joliet this year. Last year, a Joliet man was killed in a similar "
            "shooting in Lockport."
        ),
        ("Joliet", "Illinois"),
    ),
    (
        "L21",
        "Muncie man wounded; Anderson suspect at large",
        "2025-02-22",
        "https://www.thestarpressmuncie.com/story/news/crime/muncie-shooting",
        (
            "MUNCIE — A 30-year-old man was wounded Friday night in a shooting in the 1100 "
            "block of East Memorial Drive. Muncie police were called to the area at about "
            "8:30 p.m. The man was taken to IU Health Ball Memorial Hospital and later "
            "flown to Methodist Hospital in Indianapolis. Police said they are looking for "
            "a 28-year-old Anderson man. The victim is a graduate of Yorktown High School. "
            "The Delaware County Prosecutor's Office is reviewing the case. Anyone with "
            "information should contact Muncie police."
        ),
        ("Muncie", "Indiana"),
    ),
    (
        "L22",
        "Pittsfield shooting leaves man dead",
        "2025-06-29",
        "https://www.berkshireeaglenews.com/news/local/pittsfield-shooting-man-dead",
        (
            "PITTSFIELD — A 26-year-old man died after he was shot Saturday night on the "
            "city's West Side, the Berkshire District Attorney's Office said. Police were "
            "called to Columbus Avenue around 10:30 p.m. for reports of gunfire. The man, "
            "of North Adams, was taken to Berkshire Medical Center and then flown to "
            "Baystate Medical Center in Springfield, where he died. District Attorney Paul "
            "Dorrance said investigators do not believe the shooting was random. State "
            "Police detectives attached to the district attorney's office in Pittsfield are"
            " leading the investigation. No arrests had been made as of Sunday. A vigil was"
            " planned at a church in Dalton."
        ),
        ("Pittsfield", "Massachusetts"),
    ),
    (
        "L23",
        "Lorain police: woman shot while driving",
        "2025-05-10",
        "https://www.morningjournalohio.com/2025/05/10/lorain-woman-shot-driving",
        (
            "A woman was shot while driving Friday afternoon in Lorain, police said. The "
            "33-year-old Elyria woman was heading north on Broadway near West 21st Street "
            "at about 4 p.m. when someone in another car fired at her vehicle. She was "
            "struck in the arm and drove herself to Mercy Health in Lorain before being "
            "transferred to MetroHealth Medical Center in Cleveland. Police said a "
            "24-year-old man from Sheffield Lake was taken into custody that evening in "
            "Amherst. He was booked into the Lorain County Jail in Elyria. Investigators "
            "believe the woman was targeted. Lorain police Capt. Eli Vance asked anyone "
            "with dashcam video to contact the department."
        ),
        ("Lorain", "Ohio"),
    ),
    (
        "L24",
        "Gainesville man shot, Buford man arrested",
        "2025-03-08",
        "https://www.gainesvilletimesga.com/news/crime-courts/gainesville-man-shot",
        (
            "A Gainesville man was shot Friday night outside an apartment complex on "
            "Atlanta Highway, Gainesville police said. The 27-year-old was shot in the back"
            " at about 11 p.m. and taken to Northeast Georgia Medical Center. His condition"
            " was not released. A 23-year-old Buford man was arrested early Saturday in "
            "Flowery Branch and charged with aggravated assault. He was booked into the "
            "Hall County Jail. Police said the shooting followed a dispute over a car sale."
            " Gainesville police Sgt. Amy Rusk said officers recovered a pistol. In other "
            "Hall County news, Oakwood officials opened a new park Thursday."
        ),
        ("Gainesville", "Georgia"),
    ),
    (
        "L25",
        "Santa Maria teen killed, Lompoc man arrested",
        "2025-09-14",
        "https://www.santamariatimesnews.com/news/local/crime/santa-maria-teen-killed",
        (
            "SANTA MARIA — A 18-year-old was shot and killed Saturday night near a park on "
            "the city's west side. Officers responded to the 600 block of West Cypress "
            "Street at about 9:50 p.m. The teen, a resident of Guadalupe, was taken to "
            "Marian Regional Medical Center, where he died. A 20-year-old Lompoc man was "
            "arrested Sunday at a home in Orcutt. He was booked into the Santa Barbara "
            "County Jail in Santa Barbara on suspicion of murder. Santa Maria police said "
            "the shooting was gang-related. The victim had played football at Righetti High"
            " School."
        ),
        ("Santa Maria", "California"),
    ),
    (
        "L26",
        "Man shot in Kingsport parking lot",
        "2025-11-16",
        "https://www.timesnewskingsport.com/news/local/man-shot-parking-lot",
        (
            "A man was shot in a parking lot on Stone Drive on Saturday evening, the "
            "Kingsport Police Department said. Officers were dispatched at about 6:45 p.m. "
            "The victim, a 41-year-old man from Church Hill, was taken to Holston Valley "
            "Medical Center and then to Johnson City Medical Center in Johnson City. A "
            "37-year-old Bristol, Virginia, man was arrested at the scene. He was taken to "
            "the Kingsport City Jail and charged with attempted second-degree murder. "
            "Police said the two men had argued over a debt. The shooting occurred near a "
            "busy shopping area, but no one else was hurt."
        ),
        ("Kingsport", "Tennessee"),
    ),
    (
        "L27",
        "One dead in Kenosha tavern shooting",
        "2025-01-11",
        "https://www.kenoshanewsdaily.com/news/local/crime/one-dead-tavern",
        (
            "KENOSHA — One man was killed and a woman was wounded early Saturday in a "
            "shooting at a tavern on 22nd Avenue, police said. Officers arrived at about "
            "1:40 a.m. A 35-year-old Racine man died at the scene. The woman, 29, of "
            "Pleasant Prairie, was taken to Froedtert South and later transferred to "
            "Froedtert Hospital in Wauwatosa. Police said the suspect fled and was arrested"
            " hours later in Zion, Illinois. He will be returned to Kenosha County. The "
            "Kenosha County Sheriff's Department and Racine police assisted. The bar's "
            "owner said he plans to close for the week."
        ),
        ("Kenosha", "Wisconsin"),
    ),
    (
        "L28",
        "Man killed on Wilmington's East Side",
        "2025-08-23",
        ("https://www.delawareonlinenews.com/story/news/crime/2025/08/23/wilmington-man-killed"),
        (
            "A 32-year-old man was shot and killed Friday night on Wilmington's East Side, "
            "police said. Officers were sent to the 1000 block of North Pine Street at "
            "about 10:20 p.m. The man, who lived in New Castle, was taken to Christiana "
            "Hospital near Newark, where he died. No arrests had been made. Wilmington "
            "police asked anyone with information to contact Detective Frank Osei. It was "
            "the 14th homicide in the city this year. Delaware State Police were "
            "investigating an unrelated shooting in Dover."
        ),
        ("Wilmington", "Delaware"),
    ),
    (
        "L29",
        "Gadsden man dies in shooting; suspect held in Etowah jail",
        "2025-04-05",
        "https://www.gadsdentimesnews.com/story/news/crime/gadsden-man-dies",
        (
            "A Gadsden man died Friday after he was shot on Meighan Boulevard, police said."
            " Officers were called at about 5:30 p.m. to a business in the 1200 block of "
            "West Meighan Boulevard. The 46-year-old victim was taken to Riverview Regional"
            " Medical Center and later flown to Birmingham, where he died. A 29-year-old "
            "man from Rainbow City was arrested and charged with murder. He is being held "
            "in the Etowah County Detention Center without bond. Police said the shooting "
            "followed an argument. The victim's brother, who lives in Attalla, said he was "
            "a loving father."
        ),
        ("Gadsden", "Alabama"),
    ),
    (
        "L30",
        "Woman wounded in Lynchburg shooting; Appomattox man charged",
        "2025-07-12",
        "https://www.newsadvancelynch.com/news/local/crime/woman-wounded",
        (
            "LYNCHBURG — A woman was wounded Friday night in a shooting on Fort Avenue, "
            "police said. Officers found the 25-year-old woman with a gunshot wound at "
            "about 11:10 p.m. She was taken to Lynchburg General Hospital and later flown "
            "to the University of Virginia Medical Center in Charlottesville. A 31-year-old"
            " Appomattox man was arrested Saturday in Amherst County and charged with "
            "malicious wounding. He is being held at the Blue Ridge Regional Jail in "
            "Lynchburg. Police said the two knew each other."
        ),
        ("Lynchburg", "Virginia"),
    ),
    (
        "L31",
        "Hazleton man shot on Alter Street",
        "2025-10-04",
        "https://www.standardspeakernews.com/news/hazleton-man-shot",
        (
            "A man was shot Friday afternoon in the 500 block of Alter Street, police said."
            " Officers found the 21-year-old man who had been shot in his leg at about 2:30"
            " p.m. He was taken to Lehigh Valley Hospital-Hazleton and later transferred to"
            " Geisinger Wyoming Valley Medical Center in Wilkes-Barre. Police said a "
            "19-year-old man from West Hazleton was charged with aggravated assault. He was"
            " arraigned and sent to the Luzerne County Correctional Facility in "
            "Wilkes-Barre. Hazleton police Chief Vic Lamberti said the shooting was not "
            "random."
        ),
        ("Hazleton", "Pennsylvania"),
    ),
    (
        "L32",
        "Bangor man wounded in shooting on Ohio Street",
        "2025-06-14",
        "https://www.bangordailynewsme.com/2025/06/14/news/bangor/man-wounded",
        (
            "BANGOR, Maine — A man was wounded Friday evening in a shooting on Ohio Street,"
            " police said. Officers responded at about 7 p.m. and found a 33-year-old man "
            "from Brewer with a gunshot wound. He was taken to Northern Light Eastern Maine"
            " Medical Center. A 40-year-old Hampden man was arrested and taken to the "
            "Penobscot County Jail. He was charged with elevated aggravated assault. Police"
            " said the men knew each other. A man was also injured in a shooting in "
            "Lewiston last week, police there said."
        ),
        ("Bangor", "Maine"),
    ),
    (
        "A01",
        "Man killed at home, suspect arrested",
        "2025-06-21",
        "https://www.greatfallstribunepost.com/story/news/local/x",
        (
            "A Great Falls man was shot and killed Thursday night at a residence on 9th "
            "Avenue South, police said. He died at Benefis Health System. The suspect was "
            "arrested Friday in Helena by deputies. He was booked into the Cascade County "
            "Detention Center."
        ),
        ("Great Falls", "Montana"),
    ),
    (
        "A02",
        "Man killed, suspect arrested",
        "2025-06-21",
        "https://www.missoulian-news.com/news/local/x",
        (
            "A Missoula man was shot and killed Thursday night at a home on Russell Street,"
            " police said. He died at St. Patrick Hospital. Police said the suspect was "
            "arrested Friday in Butte."
        ),
        ("Missoula", "Montana"),
    ),
    (
        "A03",
        "Woman killed at apartment",
        "2025-04-02",
        "https://www.casperstartribunenews.com/news/local/crime/x",
        (
            "A Casper woman was fatally shot Monday night at an apartment on East 12th "
            "Street, police said. Her boyfriend was arrested Tuesday in Cheyenne and "
            "charged with murder. He will be returned to Natrona County."
        ),
        ("Casper", "Wyoming"),
    ),
    (
        "A04",
        "Man shot in parking lot",
        "2025-05-09",
        "https://www.timesdailyshoals.com/news/crime/x",
        (
            "A Florence man was shot Thursday in a parking lot on Cox Creek Parkway, police"
            " said. He was taken to a hospital in Huntsville. A suspect was arrested hours "
            "later in Muscle Shoals."
        ),
        ("Florence", "Alabama"),
    ),
    (
        "A05",
        "Man wounded; suspect caught",
        "2025-03-15",
        "https://www.telegraphherald-news.com/news/local/x",
        (
            "A Dubuque man was wounded Friday in a shooting on Rhomberg Avenue, police "
            "said. He was treated at MercyOne Dubuque Medical Center and later taken to a "
            "hospital in Iowa City. The suspect was arrested in Galena, Illinois, on "
            "Saturday."
        ),
        ("Dubuque", "Iowa"),
    ),
    (
        "A06",
        "Billings man killed; suspect arrested in Bozeman",
        "2025-07-19",
        "https://www.billingsgazettenews.com/news/local/crime/x",
        (
            "A Billings man died after he was shot Friday at a home on Grand Avenue, police"
            " said. The suspect fled and was arrested Saturday in Bozeman."
        ),
        ("Billings", "Montana"),
    ),
    (
        "A07",
        "Man shot; suspect found in Laurel",
        "2025-09-02",
        "https://www.hattiesburgamericannews.com/story/news/crime/x",
        (
            "A Hattiesburg man was shot and killed Sunday night on Mamie Street, police "
            "said. A suspect was arrested Monday in Laurel and booked into the Forrest "
            "County Jail."
        ),
        ("Hattiesburg", "Mississippi"),
    ),
    (
        "A08",
        "Roanoke woman shot",
        "2025-10-05",
        "https://www.roanoketimesnews.com/news/local/crime/x",
        (
            "A Roanoke woman was shot Saturday at a house on Melrose Avenue Northwest, "
            "police said. She was taken to Carilion Roanoke Memorial Hospital. Her "
            "ex-boyfriend was arrested in Lynchburg on Sunday."
        ),
        ("Roanoke", "Virginia"),
    ),
    (
        "B01",
        "Man shot on 9th Avenue South",
        "2025-06-21",
        "https://www.greatfallstribunepost.com/story/news/local/x",
        (
            "A man was shot and killed Thursday night at a residence on 9th Avenue South, "
            "police said. He died at Benefis Health System. The suspect was arrested Friday"
            " in Helena."
        ),
        ("Great Falls", "Montana"),
    ),
    (
        "B02",
        "Man wounded on East 21st Street",
        "2025-05-17",
        "https://www.goerie-news.com/story/news/crime/x",
        (
            "A man was wounded Friday night in the 400 block of East 21st Street, police "
            "said. He was taken to UPMC Hamot and later flown to a hospital in Pittsburgh. "
            "A suspect was arrested in Meadville on Saturday."
        ),
        ("Erie", "Pennsylvania"),
    ),
    (
        "B03",
        "Man shot on SE 6th Avenue",
        "2025-02-14",
        "https://www.cjonline-news.com/story/news/crime/x",
        (
            "A man was shot Thursday evening in the 2000 block of SE 6th Avenue, police "
            "said. He was taken to a hospital in Kansas City with life-threatening "
            "injuries. A suspect was arrested in Lawrence."
        ),
        ("Topeka", "Kansas"),
    ),
    (
        "B04",
        "Man killed on Western Avenue",
        "2025-08-09",
        "https://www.pjstar-news.com/story/news/crime/x",
        (
            "A man, 30, was shot and killed Friday in the 1400 block of South Western "
            "Avenue, police said. A suspect was arrested Saturday in Bloomington."
        ),
        ("Peoria", "Illinois"),
    ),
    (
        "B05",
        "Man shot at Pio Nono Avenue store",
        "2025-04-19",
        "https://www.macontelegraphnews.com/news/local/crime/x",
        (
            "A man was shot Friday afternoon at a store on Pio Nono Avenue, deputies said. "
            "He was taken to Atrium Health Navicent. The suspect was arrested in Warner "
            "Robins later that day."
        ),
        ("Macon", "Georgia"),
    ),
    (
        "C01",
        "Man shot on Kearney Street",
        "2025-03-22",
        "https://www.news-leaderspringfield.com/story/news/crime/x",
        (
            "SPRINGFIELD, Mo. — A man was wounded Friday night in a shooting on East "
            "Kearney Street, police said. He was taken to Mercy Hospital with serious "
            "injuries. No arrests were made. More from the News-Leader: Nixa man killed in "
            "crash on Highway 14; Ozark police arrest robbery suspect; Branson shooting "
            "suspect sentenced."
        ),
        ("Springfield", "Missouri"),
    ),
    (
        "C02",
        "Man killed on Cherry Avenue",
        "2025-03-22",
        "https://www.cantonrep-news.com/story/news/crime/x",
        (
            "A man was shot and killed Friday on Cherry Avenue NE, Canton police said. He "
            "died at Aultman Hospital. Related: Massillon man shot in arm during robbery; "
            "Alliance woman killed in house fire."
        ),
        ("Canton", "Ohio"),
    ),
    (
        "C03",
        "Man wounded in shooting",
        "2025-03-22",
        "https://www.siouxcityjournalnews.com/news/local/crime/x",
        (
            "SIOUX CITY — A man was wounded Friday night in a shooting on West Seventh "
            "Street, police said. He was treated at MercyOne Siouxland Medical Center. "
            "Trending: Sioux Falls man shot at bar; Le Mars teen arrested after chase."
        ),
        ("Sioux City", "Iowa"),
    ),
    (
        "C04",
        "Man shot on North Main Street",
        "2025-03-22",
        "https://www.courierpress-news.com/story/news/crime/x",
        (
            "A man was shot Friday in the 1500 block of North Main Street, Evansville "
            "police said. He was taken to Deaconess Midtown Hospital. Read more: Henderson "
            "man charged in fatal shooting; Owensboro police investigate stabbing."
        ),
        ("Evansville", "Indiana"),
    ),
    (
        "C05",
        "Man shot at apartment",
        "2025-03-22",
        "https://www.inforumfargo.com/news/crime/x",
        (
            "A man was shot early Saturday at an apartment on 32nd Avenue South, Fargo "
            "police said. He was taken to Sanford Medical Center. Other stories: Moorhead "
            "woman injured in shooting; West Fargo man arrested."
        ),
        ("Fargo", "North Dakota"),
    ),
    (
        "D01",
        "Man shot on Market Street",
        "2025-06-07",
        "https://www.delcotimesdaily.com/news/x",
        (
            "A man was shot Friday night on Market Street in Upper Darby, police said. The "
            "suspect was arraigned and booked into the jail in Media."
        ),
        ("Upper Darby", "Pennsylvania"),
    ),
    (
        "D02",
        "Man wounded on Water Street",
        "2025-06-07",
        "https://www.thehourct.com/news/x",
        (
            "A man was wounded Friday night on Water Street, Norwalk police said. A suspect"
            " was arrested and arraigned in Stamford Superior Court on Monday."
        ),
        ("Norwalk", "Connecticut"),
    ),
    (
        "D03",
        "Man killed on Broadway",
        "2025-06-07",
        "https://www.nwitimesherald.com/news/x",
        (
            "A 29-year-old man was shot and killed Friday on Broadway, Gary police said. "
            "The suspect was booked into the Lake County Jail in Crown Point."
        ),
        ("Gary", "Indiana"),
    ),
    (
        "D04",
        "Teen wounded in Camden",
        "2025-06-07",
        "https://www.courierpostnj.com/story/news/crime/x",
        (
            "A teenager was wounded Friday on Federal Street, Camden County police said. "
            "The suspect was lodged in the Camden County Jail and will appear in court in "
            "Camden."
        ),
        ("Camden", "New Jersey"),
    ),
    (
        "D05",
        "Man shot on Manor Street",
        "2025-06-07",
        "https://www.lancasteronline-news.com/news/local/x",
        (
            "A man was shot Friday night in the 600 block of Manor Street, police said. A "
            "suspect was arrested Saturday and arraigned in Lancaster. He was later sent to"
            " the county prison."
        ),
        ("Lancaster", "Pennsylvania"),
    ),
    (
        "D06",
        "Man shot on East New York Street",
        "2025-06-07",
        "https://www.beaconnewsaurora.com/news/x",
        (
            "A man was shot Friday on East New York Street, Aurora police said. A suspect "
            "was arrested and is being held at the Kane County jail in Geneva."
        ),
        ("Aurora", "Illinois"),
    ),
    (
        "E01",
        "Teen shot near school",
        "2025-06-07",
        "https://www.daytondailyledger.com/local/x",
        (
            "A 16-year-old student at Trotwood-Madison High School was shot Friday on Salem"
            " Avenue in Dayton, police said. He was taken to Dayton Children's Hospital."
        ),
        ("Dayton", "Ohio"),
    ),
    (
        "E02",
        "Man killed after party",
        "2025-06-07",
        "https://www.wacotrib-news.com/news/x",
        (
            "A 19-year-old former Lorena High School football player was shot and killed "
            "early Saturday at an apartment complex on South 5th Street, Waco police said."
        ),
        ("Waco", "Texas"),
    ),
    (
        "E03",
        "Man shot outside church",
        "2025-06-07",
        "https://www.tylerpaper-news.com/news/x",
        (
            "A man was shot Sunday outside Greater Longview Baptist Church on North "
            "Broadway Avenue in Tyler, police said."
        ),
        ("Tyler", "Texas"),
    ),
    (
        "F01",
        "Man killed on Victory Drive",
        "2025-06-07",
        "https://www.ledger-enquirer-news.com/news/local/crime/x",
        (
            "A man was shot and killed Friday on Victory Drive, Columbus police said. It is"
            " the second shooting this week; on Tuesday a woman was shot in Phenix City."
        ),
        ("Columbus", "Georgia"),
    ),
    (
        "F02",
        "Man wounded in Rockford",
        "2025-06-07",
        "https://www.rrstar-news.com/story/news/crime/x",
        (
            "A man was wounded Friday on Broadway, police said. Last month, a man was "
            "killed in a shooting in Belvidere. Rockford police ask anyone with information"
            " to call."
        ),
        ("Rockford", "Illinois"),
    ),
    (
        "F03",
        "Teen killed on Oglethorpe Boulevard",
        "2025-06-07",
        "https://www.albanyheraldga.com/news/x",
        (
            "A teenager was shot and killed Friday night on West Oglethorpe Boulevard, "
            "police said. In January, two people were shot in Leesburg."
        ),
        ("Albany", "Georgia"),
    ),
    (
        "G01",
        "Man shot on Calumet Avenue",
        "2025-06-07",
        "https://www.nwitimesherald.com/news/x2",
        (
            "A man was shot Friday on Calumet Avenue, Hammond police said. Detectives from "
            "the Indiana State Police post in Lowell are assisting."
        ),
        ("Hammond", "Indiana"),
    ),
    (
        "G02",
        "Man killed on Jonathan Street",
        "2025-06-07",
        "https://www.heraldmailmedia-news.com/story/news/crime/x",
        (
            "A man was shot and killed Friday on Jonathan Street, Hagerstown police said. "
            "The Maryland State Police crime lab in Pikesville will examine the evidence."
        ),
        ("Hagerstown", "Maryland"),
    ),
    (
        "G03",
        "Man wounded in Warren",
        "2025-06-07",
        "https://www.tribtoday-news.com/news/local-news/x",
        (
            "A man was wounded Friday on Tod Avenue NW, Warren police said. Agents from the"
            " Ohio Bureau of Criminal Investigation office in Richfield processed the "
            "scene."
        ),
        ("Warren", "Ohio"),
    ),
    (
        "H01",
        "Man shot on Innes Street",
        "2025-06-07",
        "https://www.salisburypost-news.com/news/x",
        (
            "A man was shot Friday night in the 1400 block of West Innes Street. He was "
            "taken to Novant Health Rowan Medical Center and then flown to a hospital in "
            "Charlotte. Salisbury police said the shooting followed a fight."
        ),
        ("Salisbury", "North Carolina"),
    ),
    (
        "H02",
        "Man killed on Hollywood Drive",
        "2025-06-07",
        "https://www.jacksonsun-news.com/story/news/crime/x",
        (
            "A man was shot and killed Friday in the 300 block of Hollywood Drive. His body"
            " was sent to the medical examiner in Memphis. The Jackson Police Department is"
            " investigating."
        ),
        ("Jackson", "Tennessee"),
    ),
    (
        "H03",
        "Woman shot on Cashua Drive",
        "2025-06-07",
        "https://www.scnow-news.com/news/local/x",
        (
            "A woman was shot Friday afternoon on Cashua Drive. She was taken to McLeod "
            "Regional Medical Center. The suspect was arrested in Darlington. Florence "
            "police are investigating."
        ),
        ("Florence", "South Carolina"),
    ),
    (
        "P01",
        "Man wounded on East Wood Street",
        "2025-05-03",
        "https://www.localnewsdesk-example.com/news/crime/story",
        (
            "A man was wounded Friday night in the 1100 block of East Wood Street, Decatur "
            "police said. He was flown to a hospital in Springfield. A suspect was arrested"
            " Saturday in Champaign."
        ),
        ("Decatur", "Illinois"),
    ),
    (
        "P02",
        "Woman shot at apartment",
        "2025-05-03",
        "https://www.localnewsdesk-example.com/news/crime/story",
        (
            "A woman was shot Friday at an apartment on Whitehall Road, Anderson police "
            "said. The suspect was caught hours later in Greenville and booked into the "
            "county jail."
        ),
        ("Anderson", "South Carolina"),
    ),
    (
        "P03",
        "Man shot during argument",
        "2025-05-03",
        "https://www.localnewsdesk-example.com/news/crime/story",
        (
            "A Newark man was shot in the chest Thursday during an argument on Hudson "
            "Avenue, police said. He was taken to a hospital in Columbus. The shooter was "
            "taken into custody in Zanesville on Friday."
        ),
        ("Newark", "Ohio"),
    ),
    (
        "P04",
        "Man killed on Park Avenue",
        "2025-05-03",
        "https://www.localnewsdesk-example.com/news/crime/story",
        (
            "A man was shot and killed Thursday on Park Avenue, Paducah police said. An "
            "autopsy was scheduled at the state medical examiner's office in Madisonville. "
            "A suspect turned himself in at the jail in Mayfield."
        ),
        ("Paducah", "Kentucky"),
    ),
    (
        "P05",
        "Teen shot on Alby Street",
        "2025-05-03",
        "https://www.localnewsdesk-example.com/news/crime/story",
        (
            "A 17-year-old was shot Sunday on Alby Street, Alton police said. He was taken "
            "to a hospital in St. Louis. Two men were arrested Monday in Godfrey."
        ),
        ("Alton", "Illinois"),
    ),
    (
        "P06",
        "Man shot outside store",
        "2025-05-03",
        "https://www.localnewsdesk-example.com/news/crime/story",
        (
            "A man was shot outside a store on Keith Street on Saturday, Cleveland police "
            "said. He was flown to a hospital in Chattanooga. A suspect was located Sunday "
            "in Dalton, Georgia, and is awaiting extradition."
        ),
        ("Cleveland", "Tennessee"),
    ),
    (
        "P07",
        "Man hurt in shooting",
        "2025-05-03",
        "https://www.localnewsdesk-example.com/news/crime/story",
        (
            "A Morgantown man was hurt in a shooting Friday on Beechurst Avenue, police "
            "said. A suspect was apprehended in Fairmont and arraigned in Morgantown."
        ),
        ("Morgantown", "West Virginia"),
    ),
    (
        "P08",
        "Man wounded on Frederica Street",
        "2025-05-03",
        "https://www.localnewsdesk-example.com/news/crime/story",
        (
            "A man was wounded in a shooting on Frederica Street late Saturday, Owensboro "
            "police said. A suspect was arrested early Sunday in Henderson and lodged in "
            "the Daviess County Detention Center."
        ),
        ("Owensboro", "Kentucky"),
    ),
    (
        "P09",
        "Two hurt in Danville shooting",
        "2025-05-03",
        "https://www.localnewsdesk-example.com/news/crime/story",
        (
            "Two people were hurt in a shooting Sunday on North Main Street, Danville "
            "police said. One was flown to a hospital in Winston-Salem, North Carolina. A "
            "suspect was detained in Martinsville."
        ),
        ("Danville", "Virginia"),
    ),
    (
        "P10",
        "Man shot at party",
        "2025-05-03",
        "https://www.localnewsdesk-example.com/news/crime/story",
        (
            "A man was shot at a party early Saturday on North Broad Street, Mankato police"
            " said. He was taken to a hospital in Rochester. A 21-year-old was arrested "
            "later in St. Peter."
        ),
        ("Mankato", "Minnesota"),
    ),
    (
        "P11",
        "Man killed on Good Hope Street",
        "2025-05-03",
        "https://www.localnewsdesk-example.com/news/crime/story",
        (
            "A man was shot and killed Friday night on Good Hope Street, Cape Girardeau "
            "police said. The suspect was nabbed in Jackson on Saturday."
        ),
        ("Cape Girardeau", "Missouri"),
    ),
    (
        "P12",
        "Man wounded on Arsenal Street",
        "2025-05-03",
        "https://www.localnewsdesk-example.com/news/crime/story",
        (
            "A man was wounded Friday on Arsenal Street, Watertown police said. The suspect"
            " was arraigned in Syracuse and held at the jail in Syracuse."
        ),
        ("Watertown", "New York"),
    ),
    (
        "P13",
        "Man shot on North Street",
        "2025-05-03",
        "https://www.localnewsdesk-example.com/news/crime/story",
        (
            "A man was shot Saturday night on North Street, Burlington police said. The "
            "suspect was arrested at a motel in South Burlington."
        ),
        ("Burlington", "Vermont"),
    ),
    (
        "P14",
        "Soldier killed, man arrested",
        "2025-05-03",
        "https://www.localnewsdesk-example.com/news/crime/story",
        (
            "A Clarksville man was fatally shot Saturday at a house on Tiny Town Road, "
            "police said. A suspect was arrested Sunday in Hopkinsville, Kentucky."
        ),
        ("Clarksville", "Tennessee"),
    ),
    (
        "P15",
        "Man wounded on Washington Street",
        "2025-05-03",
        "https://www.localnewsdesk-example.com/news/crime/story",
        (
            "A Bismarck man was wounded Friday in a shooting on South Washington Street, "
            "police said. The suspect was captured in Mandan."
        ),
        ("Bismarck", "North Dakota"),
    ),
    (
        "P16",
        "Man shot at gas station",
        "2025-05-03",
        "https://www.localnewsdesk-example.com/news/crime/story",
        (
            "A man was shot Saturday at a gas station on Broad Street, Sumter police said. "
            "He was flown to a hospital in Columbia. A suspect was arrested in Manning."
        ),
        ("Sumter", "South Carolina"),
    ),
    (
        "P17",
        "Student shot near campus",
        "2025-05-03",
        "https://www.localnewsdesk-example.com/news/crime/story",
        (
            "A student was shot early Sunday on Mill Street, Athens police said. He was "
            "flown to a hospital in Columbus. A suspect was taken into custody in "
            "Nelsonville."
        ),
        ("Athens", "Ohio"),
    ),
    (
        "P18",
        "Man killed at apartment",
        "2025-05-03",
        "https://www.localnewsdesk-example.com/news/crime/story",
        (
            "A Texarkana, Texas, man was shot and killed Saturday at an apartment on New "
            "Boston Road, police said. The suspect was arrested in Hope, Arkansas."
        ),
        ("Texarkana", "Texas"),
    ),
    (
        "P19",
        "Man wounded; suspect held",
        "2025-05-03",
        "https://www.localnewsdesk-example.com/news/crime/story",
        (
            "A Grand Island man was wounded Friday in a shooting on West Second Street, "
            "police said. The suspect is being held at the jail in Hastings."
        ),
        ("Grand Island", "Nebraska"),
    ),
    (
        "P20",
        "Man shot at home",
        "2025-05-03",
        "https://www.localnewsdesk-example.com/news/crime/story",
        (
            "An Enid man was shot Saturday at his home on West Maple Avenue, police said. "
            "He was flown to a hospital in Oklahoma City. A suspect was arrested Sunday in "
            "Stillwater."
        ),
        ("Enid", "Oklahoma"),
    ),
    (
        "Q01",
        "Man shot in Dayton",
        "2025-05-03",
        "https://www.localnewsdesk-example.com/news/crime/story",
        (
            "A man was shot Friday in Dayton, police said. The suspect was arrested in "
            "Dayton on Saturday."
        ),
        ("Dayton", "Ohio"),
    ),
    (
        "Q02",
        "Suspect arrested at scene",
        "2025-05-03",
        "https://www.localnewsdesk-example.com/news/crime/story",
        (
            "A man was wounded Friday on Main Street in Xenia. The suspect was arrested at "
            "the scene in Xenia, police said."
        ),
        ("Xenia", "Ohio"),
    ),
    (
        "Q03",
        "Police arrest man after chase",
        "2025-05-03",
        "https://www.localnewsdesk-example.com/news/crime/story",
        ("Police arrested a man in Akron on Friday after a chase. No one was hurt, police said."),
        ("Akron", "Ohio"),
    ),
    (
        "Q04",
        "Man charged in Toledo shooting",
        "2025-05-03",
        "https://www.localnewsdesk-example.com/news/crime/story",
        (
            "A man was arrested Saturday in Sylvania over the fatal shooting of a man in "
            "Toledo last week."
        ),
        ("Toledo", "Ohio"),
    ),
    (
        "Q05",
        "Man found shot in Macon",
        "2025-05-03",
        "https://www.localnewsdesk-example.com/news/crime/story",
        (
            "A man was found shot dead in Macon on Saturday. A suspect was arrested in "
            "Warner Robins."
        ),
        ("Macon", "Georgia"),
    ),
    (
        "Q06",
        "Woman wounded in Joliet",
        "2025-05-03",
        "https://www.localnewsdesk-example.com/news/crime/story",
        (
            "A woman was wounded Friday on Cass Street in Joliet, police said. She was "
            "taken to a hospital in Chicago and the suspect was arrested in Plainfield."
        ),
        ("Joliet", "Illinois"),
    ),
    (
        "Q07",
        "Man held in Peoria shooting",
        "2025-05-03",
        "https://www.localnewsdesk-example.com/news/crime/story",
        (
            "A Bloomington man was arrested in Peoria on Saturday and charged with shooting"
            " a woman in the city's South Side. The woman was treated at a Peoria hospital."
        ),
        ("Peoria", "Illinois"),
    ),
    (
        "Q08",
        "Man killed in Gary",
        "2025-05-03",
        "https://www.localnewsdesk-example.com/news/crime/story",
        (
            "GARY, Ind. — A man was shot and killed Friday on Broadway, police said. He was"
            " taken to a hospital in Merrillville. A suspect was arrested in Hammond."
        ),
        ("Gary", "Indiana"),
    ),
    (
        "R01",
        "Man shot on Park Avenue West",
        "2025-05-03",
        "https://www.mansfieldnewsjournal-ex.com/story/news/x",
        (
            "MANSFIELD — A man was wounded Friday night on Park Avenue West, police said. "
            "He was taken to OhioHealth Mansfield Hospital. Related: Shelby man killed in "
            "Ashland crash; Galion woman charged in stabbing."
        ),
        ("Mansfield", "Ohio"),
    ),
    (
        "R02",
        "Man killed on Selma Road",
        "2025-05-03",
        "https://www.springfieldnewssun-ex.com/crime/x",
        (
            "A man was shot and killed Friday on Selma Road, Springfield police said. More "
            "from the News-Sun: Urbana man dies in shooting; Enon police investigate "
            "break-in."
        ),
        ("Springfield", "Ohio"),
    ),
    (
        "R03",
        "Man wounded in Marion",
        "2025-05-03",
        "https://www.marionstar-ex.com/story/news/x",
        (
            "MARION — A man was wounded Saturday on Mount Vernon Avenue, police said. Also "
            "on MarionStar.com: Delaware man killed in Prospect shooting Bucyrus council "
            "approves budget"
        ),
        ("Marion", "Ohio"),
    ),
    (
        "R04",
        "Man shot on Markland Avenue",
        "2025-05-03",
        "https://www.kokomotribune-ex.com/news/x",
        (
            "A man was shot Sunday on East Markland Avenue, Kokomo police said. He was "
            "taken to Ascension St. Vincent Kokomo. More from the Tribune: Peru man killed "
            "in Logansport shooting Tipton school board meets"
        ),
        ("Kokomo", "Indiana"),
    ),
    (
        "R05",
        "Man shot on Elm Street",
        "2025-05-03",
        "https://www.limaohio-ex.com/news/x",
        (
            "LIMA — A man was shot Friday on West Elm Street, police said. Trending: "
            "Wapakoneta man shot at bar; Delphos teen arrested."
        ),
        ("Lima", "Ohio"),
    ),
    (
        "R06",
        "Woman shot on Hancock Street",
        "2025-05-03",
        "https://www.sanduskyregister-ex.com/news/x",
        (
            "A woman was shot Saturday on Hancock Street, Sandusky police said. Read more: "
            "Norwalk man killed in Huron shooting."
        ),
        ("Sandusky", "Ohio"),
    ),
    (
        "R07",
        "Man shot on Maple Avenue",
        "2025-05-03",
        "https://www.zanesvilletimesrecorder-ex.com/story/news/x",
        (
            "ZANESVILLE — A man was shot Thursday on Maple Avenue, police said. Other "
            "stories: Cambridge man shot during robbery; New Lexington woman killed in "
            "crash."
        ),
        ("Zanesville", "Ohio"),
    ),
    (
        "R08",
        "Man wounded in Findlay",
        "2025-05-03",
        "https://www.thecourier-ex.com/news/x",
        (
            "A man was wounded Saturday on North Main Street, Findlay police said. Also in "
            "the news: Tiffin man dies in shooting; Fostoria police seek suspect."
        ),
        ("Findlay", "Ohio"),
    ),
    (
        "C01n",
        "Man shot on Kearney Street",
        "2025-03-22",
        "https://www.news-leaderspringfield.com/story/news/crime/x",
        (
            "SPRINGFIELD, Mo. — A man was wounded Friday night in a shooting on East "
            "Kearney Street, police said. He was taken to Mercy Hospital with serious "
            "injuries. No arrests were made.\n"
            "\n"
            "More from the News-Leader: Nixa man killed in crash on Highway 14\n"
            "Ozark police arrest robbery suspect\n"
            "Branson shooting suspect sentenced"
        ),
        ("Springfield", "Missouri"),
    ),
    (
        "C02n",
        "Man killed on Cherry Avenue",
        "2025-03-22",
        "https://www.cantonrep-news.com/story/news/crime/x",
        (
            "A man was shot and killed Friday on Cherry Avenue NE, Canton police said. He "
            "died at Aultman Hospital.\n"
            "\n"
            "Related: Massillon man shot in arm during robbery\n"
            "Alliance woman killed in house fire"
        ),
        ("Canton", "Ohio"),
    ),
    (
        "C03n",
        "Man wounded in shooting",
        "2025-03-22",
        "https://www.siouxcityjournalnews.com/news/local/crime/x",
        (
            "SIOUX CITY — A man was wounded Friday night in a shooting on West Seventh "
            "Street, police said. He was treated at MercyOne Siouxland Medical Center.\n"
            "\n"
            "Trending: Sioux Falls man shot at bar\n"
            "Le Mars teen arrested after chase"
        ),
        ("Sioux City", "Iowa"),
    ),
    (
        "C04n",
        "Man shot on North Main Street",
        "2025-03-22",
        "https://www.courierpress-news.com/story/news/crime/x",
        (
            "A man was shot Friday in the 1500 block of North Main Street, Evansville "
            "police said. He was taken to Deaconess Midtown Hospital.\n"
            "\n"
            "Read more: Henderson man charged in fatal shooting\n"
            "Owensboro police investigate stabbing"
        ),
        ("Evansville", "Indiana"),
    ),
    (
        "C05n",
        "Man shot at apartment",
        "2025-03-22",
        "https://www.inforumfargo.com/news/crime/x",
        (
            "A man was shot early Saturday at an apartment on 32nd Avenue South, Fargo "
            "police said. He was taken to Sanford Medical Center.\n"
            "\n"
            "Other stories: Moorhead woman injured in shooting\n"
            "West Fargo man arrested"
        ),
        ("Fargo", "North Dakota"),
    ),
    (
        "L33",
        "Man wounded in shooting near North Avenue",
        "2025-05-24",
        "https://www.gjsentinel-ex.com/news/western_colorado/man-wounded",
        (
            "A 27-year-old man was wounded early Saturday in the 2800 block of North "
            "Avenue. Officers were called at about 2:10 a.m. after a caller reported a man "
            "bleeding in a parking lot. He was taken to St. Mary's Medical Center and later"
            " flown to a hospital in Denver. A suspect, a 30-year-old man from Fruita, was "
            "arrested Saturday afternoon in Clifton. He was booked into the Mesa County "
            "Detention Facility on suspicion of attempted second-degree murder. Grand "
            "Junction police said the men had been drinking together at a nearby bar. "
            "Investigators are reviewing surveillance video from several businesses. Anyone"
            " with information can call Crime Stoppers. Weather: Sunny in Montrose and "
            "Delta, highs near 80."
        ),
        ("Grand Junction", "Colorado"),
    ),
    (
        "L34",
        "Man shot dead outside Hickory home",
        "2025-02-15",
        "https://www.hickoryrecord-ex.com/news/local/crime/man-shot-dead",
        (
            "A man was found shot to death Friday night in a front yard on 12th Avenue NE. "
            "Hickory police were called at about 9:30 p.m. The man, 37, of Newton, died at "
            "the scene. Police said they have identified a person of interest, a "
            "24-year-old man from Conover, who was taken into custody Saturday in "
            "Morganton. He is being held at the Catawba County Detention Center. An autopsy"
            " will be performed at the medical examiner's office in Raleigh. The victim's "
            "sister said he had coached youth football in Maiden for years. It was the "
            "second homicide in the city this year. Sports: Lenoir-Rhyne wins home opener; "
            "St. Stephens falls to Bandys."
        ),
        ("Hickory", "North Carolina"),
    ),
    (
        "L35",
        "Salina man hurt in shooting at apartment",
        "2025-09-27",
        "https://www.salina-journal-ex.com/story/news/crime/salina-man-hurt",
        (
            "A Salina man was hurt Friday evening when he was shot at an apartment complex "
            "on South Ninth Street, police said. The 23-year-old took a bullet in the hand "
            "at about 6 p.m. and treated at Salina Regional Health Center. Police Capt. "
            "Nick Ferris said a 19-year-old Abilene man was arrested about an hour later in"
            " Solomon. He was booked into the Saline County Jail on a charge of aggravated "
            "battery. Ferris said the two men had argued over money. The Kansas Bureau of "
            "Investigation's lab in Topeka will test the handgun. Salina police also "
            "investigated a shooting in the 500 block of North Santa Fe Avenue last month."
        ),
        ("Salina", "Kansas"),
    ),
    (
        "L36",
        "Ocala teen wounded; Belleview man jailed",
        "2025-08-09",
        "https://www.ocala-news-ex.com/news/crime/teen-wounded",
        (
            "An Ocala teenager was wounded Friday night in a shooting on Southwest 10th "
            "Street, police said. The 16-year-old was hit in the leg and taken to HCA "
            "Florida Ocala Hospital, then flown to UF Health Shands Hospital in "
            "Gainesville. A 20-year-old Belleview man was arrested Saturday at a home in "
            "Summerfield. He was taken to the Marion County Jail. Police said the teen was "
            "walking home from a basketball game at Vanguard High School when someone fired"
            " from a passing car. The Ocala Police Department asks witnesses to call "
            "detectives. More from the Star: Dunnellon man dies in crash; Silver Springs "
            "Shores fire destroys home."
        ),
        ("Ocala", "Florida"),
    ),
    (
        "L37",
        "One dead after shooting at Dothan apartment complex",
        "2025-10-25",
        "https://www.dothaneagle-ex.com/news/crime/one-dead",
        (
            "One man died and another was injured in a shooting Friday night at an "
            "apartment complex on Montgomery Highway, Dothan police said. The men, ages 22 "
            "and 25, were taken to Southeast Health Medical Center, where the younger man "
            "died. The wounded man, of Enterprise, was later flown to a hospital in "
            "Birmingham. Police said a suspect, a 21-year-old man from Headland, turned "
            "himself in Saturday at the Houston County Jail. He was charged with murder and"
            " attempted murder. Dothan police Lt. Ray Conley said the shooting followed a "
            "fight at a party. The Alabama Law Enforcement Agency's crime lab in Enterprise"
            " is examining evidence."
        ),
        ("Dothan", "Alabama"),
    ),
    (
        "L38",
        "Man shot on Elizabeth City street",
        "2025-04-19",
        "https://www.dailyadvance-ex.com/news/crime/man-shot",
        (
            "A man was shot Friday afternoon on Ehringhaus Street, Elizabeth City police "
            "said. The victim, a 30-year-old man from Camden, was taken to Sentara "
            "Albemarle Medical Center and then flown to Sentara Norfolk General Hospital in"
            " Norfolk, Virginia. A 26-year-old Hertford man was arrested later that evening"
            " in Edenton. He is being held at the Albemarle District Jail. Police Chief "
            "Walt Ezzell said officers found several shell casings near a convenience "
            "store. The shooting remains under investigation."
        ),
        ("Elizabeth City", "North Carolina"),
    ),
    (
        "L39",
        "Battle Creek man shot, Kalamazoo suspect charged",
        "2025-07-19",
        "https://www.battlecreekenquirer-ex.com/story/news/crime/man-shot",
        (
            "A Battle Creek man was shot Friday night outside a home in the 100 block of "
            "Kendall Street, police said. The 33-year-old was taken to Bronson Battle Creek"
            " Hospital and later transferred to Bronson Methodist Hospital in Kalamazoo. A "
            "28-year-old Kalamazoo man was arrested Saturday in Portage. He was arraigned "
            "Monday in Calhoun County District Court and is being held at the Calhoun "
            "County Jail in Marshall. Police said the two men had been in a long-running "
            "dispute. A woman inside the home was not hurt."
        ),
        ("Battle Creek", "Michigan"),
    ),
    (
        "L40",
        "Man killed in Frederick shooting",
        "2025-11-22",
        "https://www.fredericknewspost-ex.com/news/crime_and_justice/man-killed",
        (
            "A man was shot and killed Friday night in the 300 block of West South Street, "
            "Frederick police said. The 29-year-old victim, a resident of Hagerstown, was "
            "pronounced dead at Frederick Health Hospital. Police arrested a 32-year-old "
            "man from Brunswick on Saturday in Martinsburg, West Virginia. He awaits "
            "extradition to Maryland. The Office of the Chief Medical Examiner in Baltimore"
            " will perform an autopsy. Detectives believe the shooting was targeted. It was"
            " the city's third homicide this year."
        ),
        ("Frederick", "Maryland"),
    ),
    (
        "L41",
        "Man wounded in Mesa; suspect arrested in Tempe",
        "2025-06-07",
        "https://www.eastvalleytribune-ex.com/news/mesa-man-wounded",
        (
            "A man was wounded Friday night in a shooting near Main Street and Country Club"
            " Drive, Mesa police said. The 25-year-old Chandler man was taken to a hospital"
            " in Phoenix with serious injuries. A suspect was arrested Saturday in Tempe "
            "and booked into the Maricopa County jail in Phoenix. Police said the shooting "
            "followed a road-rage confrontation. Detectives ask anyone with dashcam video "
            "to contact Mesa police."
        ),
        ("Mesa", "Arizona"),
    ),
    (
        "L42",
        "Teen killed in Burlington; Graham man charged",
        "2025-03-01",
        "https://www.thetimesnews-ex.com/story/news/crime/teen-killed",
        (
            "A 17-year-old was shot and killed Friday night at a home on North Mebane "
            "Street. Burlington police were called about 10:45 p.m. and found the teen in "
            "the backyard. He died at Alamance Regional Medical Center. A 19-year-old "
            "Graham man was charged with first-degree murder after he was arrested Saturday"
            " in Greensboro. He is being held without bond in the Alamance County Detention"
            " Center. The teen was a junior at Williams High School, the school district "
            "said. Police Chief Brian Long said the teens knew each other."
        ),
        ("Burlington", "North Carolina"),
    ),
    # controls: a sentence that counts the harm keeps the town it names after an arrest's words
    (
        "N01",
        "Shooting",
        "2025-05-03",
        "https://www.example-local.com/news/story",
        (
            "Police arrested a man in Dayton on Friday after a Xenia woman was shot in the "
            "arm during an argument."
        ),
        ("Dayton", "Ohio"),
    ),
    (
        "N02",
        "Shooting",
        "2025-05-03",
        "https://www.example-local.com/news/story",
        ("A Xenia woman was shot Friday. Police arrested her boyfriend at the scene in Dayton."),
        ("Dayton", "Ohio"),
    ),
    (
        "N03",
        "Shooting",
        "2025-05-03",
        "https://www.example-local.com/news/story",
        (
            "A Barberton man was shot Friday night, and officers arrested two men in Akron "
            "minutes later near the home where it happened."
        ),
        ("Akron", "Ohio"),
    ),
    (
        "N04",
        "Shooting",
        "2025-05-03",
        "https://www.example-local.com/news/story",
        ("A Massillon man was wounded Friday in Canton, Ohio. A suspect was arrested in Alliance."),
        ("Canton", "Ohio"),
    ),
    (
        "N05",
        "Shooting",
        "2025-05-03",
        "https://www.example-local.com/news/story",
        (
            "A Wapakoneta man was shot outside a Lima bar on Friday. He was flown to a "
            "hospital in Toledo."
        ),
        ("Lima", "Ohio"),
    ),
    (
        "N06",
        "Woman shot in Flint",
        "2025-05-03",
        "https://www.example-local.com/news/story",
        (
            "A Burton woman was shot at her home on Friday. Flint police arrested a suspect"
            " in Flint Township."
        ),
        ("Flint", "Michigan"),
    ),
    (
        "N07",
        "Shooting",
        "2025-05-03",
        "https://www.example-local.com/news/story",
        (
            "A Prichard man was shot Friday on Dauphin Street in Mobile. He died at a "
            "hospital. Police arrested a man in Prichard."
        ),
        ("Mobile", "Alabama"),
    ),
    (
        "N08",
        "Shooting",
        "2025-05-03",
        "https://www.example-local.com/news/story",
        (
            "A Selah man was shot and killed Friday night, Yakima police said. The suspect "
            "was arrested in Union Gap and booked into the Yakima County Jail."
        ),
        ("Yakima", "Washington"),
    ),
    (
        "N09",
        "Shooting",
        "2025-05-03",
        "https://www.example-local.com/news/story",
        (
            "A man was shot and wounded Friday, Roswell police said. He was flown to a "
            "hospital in Lubbock, Texas. The suspect was arrested in Artesia."
        ),
        ("Roswell", "New Mexico"),
    ),
    (
        "N10",
        "Shooting",
        "2025-05-03",
        "https://www.example-local.com/news/story",
        (
            "A Tulsa man was shot and killed Saturday at a gas station on York Street, "
            "Muskogee police said. A suspect was captured in Fort Gibson."
        ),
        ("Muskogee", "Oklahoma"),
    ),
    (
        "N11",
        "Shooting",
        "2025-05-03",
        "https://www.example-local.com/news/story",
        (
            "A Lake Park man was shot Friday on North Ashley Street. Valdosta police "
            "arrested a suspect in Hahira. He was booked into the jail in Valdosta."
        ),
        ("Valdosta", "Georgia"),
    ),
    (
        "N12",
        "Shooting",
        "2025-05-03",
        "https://www.example-local.com/news/story",
        (
            "A Clarksville, Texas, man was shot Friday on Clarksville Street, Paris police "
            "said. A suspect turned himself in at the jail in Bonham."
        ),
        ("Paris", "Texas"),
    ),
]

MISSED: dict[str, str] = {
    "B01": "the town only in the outlet's address, read as the Great Falls of Paterson",
    "B02": "the text never names its town: only the arrest's and hospital's towns",
    "B03": "the text never names its town: only the arrest's and hospital's towns",
    "B04": "the text never names its town: only the arrest's town",
    "B05": "the text never names its town: only the arrest's town",
    "D02": "Norwalk alone is California's (Stamford is part of the court's name)",
    "D05": "Lancaster alone is California's: the outlet's address is not read",
    "F01": "Columbus by Phenix City, Alabama: namesakes weighed by state, not distance",
    "F03": "Albany alone is New York's; Leesburg is another incident's town",
    "H02": "Jackson alone is Mississippi's",
    "H03": "Florence before 'police' read as a person, Darlington as England's",
    "N02": "the scene's town only in an arrest's sentence: the home town wins",
    "N11": "the police's town is named only in the arrest's and the jail's sentences",
    "N12": "the victim's home town ('A Clarksville, Texas, man') beats the police's town",
    "R02": "Springfield alone is Virginia's; the other stories' towns do not settle it",
}


@pytest.fixture(scope="module")
def events() -> dict[str, Event]:
    return events_by_id(
        [Article(id=i, title=t, published=p, url=u, text=x) for i, t, p, u, x, _ in PROBES]
    )


@pytest.mark.parametrize(("pid", "place"), probe_params(PROBES, MISSED, (5,)))
def test_a_long_story_is_placed_in_its_town(
    events: dict[str, Event], pid: str, place: tuple[str, str]
) -> None:
    ev = events[pid]
    assert (ev.location, ev.admin1) == place


def _one(text: str, title: str = "Shooting", url: str = "https://www.example.com/news/a") -> Event:
    return analysed_event(text, title=title, url=url, published="2025-06-10")


# --- the rules, each on a short invented report ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "title", "location"),
    [
        # the town a suspect was arrested in is no scene beside the victim's home town
        (
            "A Billings man died after he was shot Friday at a home on Grand Avenue, police "
            "said. The suspect fled and was arrested Saturday in Bozeman.",
            "Billings man killed; suspect arrested in Bozeman",
            "Billings",
        ),
        # nor the hospital's town beside the police that name the town
        (
            "A man was shot Friday night in the 1400 block of West Innes Street. He was taken "
            "to a medical center and then flown to a hospital in Charlotte. Salisbury police "
            "said the shooting followed a fight.",
            "Man shot on Innes Street",
            "Salisbury",
        ),
        # nor the jail's town a suspect was found and booked in
        (
            "A Hattiesburg man was shot and killed Sunday night on Mamie Street, police said. "
            "A suspect was found Monday in Laurel and booked into the county jail.",
            "Man shot; suspect found in Laurel",
            "Hattiesburg",
        ),
    ],
)
def test_a_town_named_only_after_the_harm_is_no_scene(text: str, title: str, location: str) -> None:
    assert _one(text, title).location == location


@pytest.mark.parametrize(
    "text",
    [
        # the arrest's town is the scene's too
        "A man was shot Friday in Dayton, police said. The suspect was arrested in Dayton.",
        # the arrest at the scene
        "A man was wounded Friday on Main Street. The suspect was arrested at the scene in "
        "Dayton, police said.",
    ],
)
def test_an_arrest_at_the_scene_keeps_its_town(text: str) -> None:
    assert _one(text).location == "Dayton"


def _headline_mention(name: str, harm_noun: bool) -> _Mention:
    return _Mention(
        start_tok=0,
        end_tok=0,
        start=-1,
        end=-1,
        text=name,
        key=name.lower(),
        ids=(),
        sent=0,
        title=True,
        harm_noun=harm_noun,
    )


def test_the_harms_town_after_an_arrest_word_is_the_scene() -> None:
    # (the text counts a harm in its second sentence: {1})
    # "arrested in Peoria shooting": the shooting's town; "arrested in Peoria": the arrest's
    title = "Man arrested in Peoria shooting"
    assert not _aftermath_town("", title, _headline_mention("Peoria", harm_noun=True), {1})
    title = "Man shot; suspect arrested in Peoria"
    assert _aftermath_town("", title, _headline_mention("Peoria", harm_noun=False), {1})


def test_a_link_block_after_the_last_sentence_is_another_storys() -> None:
    text = (
        "A man was wounded Friday night on East Kearney Street, police said. No arrests were "
        "made. More from the News-Leader: Nixa man killed in crash; Branson suspect sentenced."
    )
    spans = other_story_spans(text)
    assert [text[a:b] for a, b in spans] == [
        "More from the News-Leader: Nixa man killed in crash; Branson suspect sentenced."
    ]


def test_a_source_labels_list_runs_over_its_lines() -> None:
    text = (
        "A man was shot Sunday, police said.\n"
        "More from the Tribune: Peru man killed in Logansport shooting\n"
        "Tipton school board meets"
    )
    spans = other_story_spans(text)
    assert [text[a:b] for a, b in spans] == [
        "More from the Tribune: Peru man killed in Logansport shooting",
        "Tipton school board meets",
    ]


def test_a_sentence_with_a_colon_is_no_link_block() -> None:
    text = "A man was shot Friday. Police said: the suspect is at large in Dayton."
    assert other_story_spans(text) == []


def test_the_outlets_other_stories_are_no_scene() -> None:
    ev = _one(
        "SPRINGFIELD, Mo. — A man was wounded Friday night in a shooting on East Kearney "
        "Street, police said. No arrests were made. More from the News-Leader: Nixa man killed "
        "in crash on Highway 14; Ozark police arrest robbery suspect; Branson shooting suspect "
        "sentenced."
    )
    assert (ev.location, ev.admin1) == ("Springfield", "Missouri")


def test_the_outlets_other_stories_still_tell_its_region() -> None:
    # the linked towns are no scene, but they say which Marion the outlet's is
    ev = _one(
        "MARION — A man was wounded Saturday on Mount Vernon Avenue, police said.\n"
        "Also on the Star: Delaware man killed in Prospect shooting\n"
        "Bucyrus council approves budget"
    )
    assert (ev.location, ev.admin1) == ("Marion", "Ohio")


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("A man was shot and killed Thursday on Park Avenue, Paducah police said.", "Paducah"),
        (
            "A Grand Island man was wounded Friday in a shooting on West Second Street, police "
            "said. The suspect is being held at the jail in Hastings.",
            "Grand Island",
        ),
    ],
)
def test_a_street_after_on_is_no_town_abroad(text: str, location: str) -> None:
    assert _one(text).location == location


def test_a_pages_weather_line_is_no_scene() -> None:
    # the weather's towns left on the page, after a story whose scene is a street and whose
    # town is its police's
    ev = _one(
        "A man was wounded early Saturday in the 2800 block of North Avenue. He was flown to a "
        "hospital in Denver. A suspect was arrested Saturday afternoon in Clifton. Grand "
        "Junction police said the men knew each other. Weather: Sunny in Montrose and Delta, "
        "highs near 80."
    )
    assert ev.location == "Grand Junction"


def test_a_protest_before_a_headquarters_keeps_its_town() -> None:
    # no dead or wounded counted: the headquarters' town is the protest's, no aftermath
    ev = _one(
        "On 3 May 2021, jobless youths of Douar Hicher (Manouba) gathered outside the local "
        "governor's headquarters in Douar Hicher, asking for work.",
        url="https://acleddata.com/",
    )
    assert ev.location == "Douar Hicher"
