"""Invented reports (session 25, counts25) in shapes the earlier tables seldom hold: datelines
before a killing, tolls told across paragraphs, victims listed by name and age each with a
state of their own, a city's ordinal homicide (no toll), police shootings, murder-suicides told
in the passive ("killed by her husband, who then turned the gun on himself"), a victim who later
died in a story of the arrest, tolls in the headline only, shots at a house with no one hurt,
"escaped injury", grazed, pistol-whipped (not shot), dogs shot (no one), "left a 19-year-old
wounded", "wounded another late Friday", "Killed was ...". Every text is made up; the true
(killed, injured) is GVA's count (the shooter included; animals are no one). The cases the rules
still miss are in `MISSES`."""

from __future__ import annotations

import pytest
from tests.analyse.counts_helpers import Case, case_params, read_case

CASES: list[Case] = [
    (
        "ad01",
        "Man killed in Topeka shooting",
        "TOPEKA, Kan. - Police say a gunman killed a 27-year-old man outside a convenience "
        "store on Tuesday night. Officers arrested a suspect a few blocks away.",
        1,
        0,
    ),
    (
        "ad02",
        "Woman shot in Wichita",
        "WICHITA, Kan. (KAKE) - Officers say someone shot a woman in the arm near Hillside "
        "and Douglas on Sunday. She was treated at a hospital and released.",
        0,
        1,
    ),
    (
        "ad03",
        "Teen dies after shooting",
        "TOPEKA - Authorities said the shooting killed a 16-year-old boy early Saturday at "
        "a park on the east side. No arrests have been made.",
        1,
        0,
    ),
    (
        "ad04",
        "Shooting in Peoria",
        "PEORIA, Ill. \u2014 Gunfire killed one man and wounded another late Friday on Western "
        "Avenue, police said.",
        1,
        1,
    ),
    (
        "ad05",
        "Deadly shooting under investigation",
        "SPRINGFIELD, Mo. - Investigators believe an argument killed nothing but a "
        "friendship until one man pulled a gun. The man he shot, 33, died at Mercy "
        "Hospital.",
        1,
        0,
    ),
    (
        "ad06",
        "Man shot dead",
        "FLINT \u2014 Detectives say an unknown shooter killed Darnell Hayes, 31, on Monday "
        "outside his home on Pasadena Avenue.",
        1,
        0,
    ),
    (
        "ad07",
        "Toddler wounded",
        "AKRON, Ohio (WKYC) \u2014 A stray bullet struck a 3-year-old girl inside her home "
        "Thursday, police said. She is expected to recover.",
        0,
        1,
    ),
    (
        "ap01",
        "One dead, one hurt in Dayton shooting",
        "One man died after gunfire broke out at a gas station on Salem Avenue on Saturday "
        "night, Dayton police said.\n\nA woman, 34, was also hit. She was taken to Miami "
        "Valley Hospital with injuries that are not life-threatening.",
        1,
        1,
    ),
    (
        "ap02",
        "Shooting at party",
        "A 19-year-old was killed at a house party in Macon early Sunday, deputies "
        "said.\n\nTwo other guests were struck by gunfire. Both are in stable condition.",
        1,
        2,
    ),
    (
        "ap03",
        "Man killed on porch",
        "Police in Shreveport are searching for whoever shot and killed a man on his "
        "front porch on Tuesday.\n\nHis neighbor was also wounded when a bullet went "
        "through her window, officers said.",
        1,
        1,
    ),
    (
        "ap04",
        "Two shot in Gary",
        "A man was found dead inside a car on Broadway in Gary on Friday morning.\n\nAbout "
        "an hour later a second man showed up at Methodist Hospital with a gunshot wound in "
        "his left calf. Police believe the two shootings are connected.",
        1,
        1,
    ),
    (
        "ap05",
        "Bar shooting",
        "A bouncer was shot and killed outside a bar in Toledo early Saturday.\n\nA "
        "customer also suffered a gunshot wound to the hand, police said.",
        1,
        1,
    ),
    (
        "al01",
        "Three shot in Jackson",
        "Police identified the victims as Marcus Bell, 22, who died at the scene; Andre "
        "Little, 19, who is in critical condition; and Kiara Moss, 20, who was treated and "
        "released.",
        1,
        2,
    ),
    (
        "al02",
        "Names released in Mobile shooting",
        "The victims were identified as Tony Ruiz, 41, and Maria Ruiz, 39. Tony Ruiz died "
        "at University Hospital. Maria Ruiz remains in serious condition.",
        1,
        1,
    ),
    (
        "al03",
        "Four shot outside club",
        "The dead were identified as Jamal Price, 25, and Derrick Vance, 27. Two women, "
        "ages 21 and 23, were wounded.",
        2,
        2,
    ),
    (
        "al04",
        "Victims named",
        "Killed were Ashley Tran, 30, and her son Kevin, 8. A third person, a 52-year-old "
        "neighbor, was shot in the shoulder and survived.",
        2,
        1,
    ),
    (
        "al05",
        "Shooting victims",
        "Police named the victims: Rodney Hill, 45, pronounced dead at the scene; Carl "
        "Hill, 43, shot in the arm; and Lena Hill, 40, grazed by a bullet.",
        1,
        2,
    ),
    (
        "ah01",
        "Man shot dead in Dayton, city's 40th killing",
        "A man was shot to death on Hoover Avenue on Wednesday night. It was the city's "
        "40th killing this year, police said.",
        1,
        0,
    ),
    (
        "ah02",
        "Woman killed",
        "A 28-year-old woman was fatally shot in her apartment in Birmingham on Sunday. Her "
        "death is the third homicide in the city this year.",
        1,
        0,
    ),
    (
        "ah03",
        "Teen dies",
        "A teenager died after being shot near a basketball court in Baton Rouge on Monday. "
        "The killing marks the 12th homicide of the year in the parish.",
        1,
        0,
    ),
    (
        "ah04",
        "Shooting in Toledo",
        "A man was wounded in a shooting on Dorr Street on Friday. It was the fifth "
        "shooting in the neighborhood this month.",
        0,
        1,
    ),
    (
        "ah05",
        "Homicide on East Side",
        "Police are investigating the city's 58th homicide of 2021 after a man, 36, was "
        "shot and killed outside a market on Tuesday.",
        1,
        0,
    ),
    (
        "ao01",
        "Officer kills armed suspect",
        "A police officer shot and killed a man who pointed a rifle at officers during a "
        "standoff in Tulsa on Thursday, police said. No officers were hurt.",
        1,
        0,
    ),
    (
        "ao02",
        "Deputy shoots man",
        "A sheriff's deputy shot a man who charged at him with a knife outside a home in "
        "Ocala on Saturday. The man was rushed to Ocala Regional and should pull through.",
        0,
        1,
    ),
    (
        "ao03",
        "Suspect dies in shootout",
        "A suspect exchanged gunfire with officers on Main Street on Monday and was killed. "
        "One officer was struck in the leg.",
        1,
        1,
    ),
    (
        "ao04",
        "Police shooting",
        "Troopers fatally shot a driver who opened fire on them after a chase on Interstate "
        "20 near Monroe on Friday, state police said.",
        1,
        0,
    ),
    (
        "ao05",
        "Officer wounded, gunman killed",
        "A Memphis officer was wounded and the man who shot him was killed when other "
        "officers returned fire on Sunday.",
        1,
        1,
    ),
    (
        "am01",
        "Murder-suicide in Lubbock",
        "Police say a man fatally shot his wife and then himself inside their home on 34th "
        "Street on Tuesday.",
        2,
        0,
    ),
    (
        "am02",
        "Couple found dead",
        "A husband and wife were found dead in their home in Abilene on Monday in what "
        "police are calling a murder-suicide.",
        2,
        0,
    ),
    (
        "am03",
        "Murder-suicide",
        "Deputies say a 67-year-old man shot his brother to death and then turned the gun "
        "on himself. Both men were dead when deputies arrived.",
        2,
        0,
    ),
    (
        "am04",
        "Father kills children, self",
        "A father shot and killed his two daughters before taking his own life at a home in "
        "Provo on Sunday, police said.",
        3,
        0,
    ),
    (
        "am05",
        "Attempted murder-suicide",
        "A man shot his ex-girlfriend at her workplace in Fresno on Wednesday and then shot "
        "himself. He died at the scene. The woman was hospitalized in critical condition.",
        1,
        1,
    ),
    (
        "aa01",
        "Suspect arrested in Elm Street shooting",
        "Police have arrested a 22-year-old man in connection with a shooting last week on "
        "Elm Street. The victim, Jordan Keys, 24, later died at the hospital.",
        1,
        0,
    ),
    (
        "aa02",
        "Arrest made in shooting",
        "Prosecutors have charged a Lansing man with murder after the woman he shot on March "
        "3 died of her wounds.",
        1,
        0,
    ),
    (
        "aa03",
        "Man charged",
        "A 30-year-old man was booked into the county jail on Thursday. Investigators say "
        "he shot a man during an argument at a bus stop on Monday. The victim later died.",
        1,
        0,
    ),
    (
        "aa04",
        "Teen charged in shooting",
        "A 17-year-old was charged with attempted murder in a shooting that left a "
        "19-year-old wounded on Saturday.",
        0,
        1,
    ),
    (
        "at01",
        "Two killed, three wounded in Chicago shooting",
        "Police are investigating. Check back for updates.",
        2,
        3,
    ),
    (
        "at02",
        "Man shot dead in Gary",
        "Officers went to the 1300 block of Maple Street late Friday.",
        1,
        0,
    ),
    (
        "at03",
        "Woman wounded in drive-by",
        "More information will be released when it becomes available.",
        0,
        1,
    ),
    (
        "at04",
        "3 shot, 1 fatally, outside Memphis bar",
        "This is a developing story.",
        1,
        2,
    ),
    (
        "an01",
        "Shots fired into home",
        "Someone fired several shots into a home on Oak Street in Canton on Tuesday night. "
        "Four people were inside. No one was hurt.",
        0,
        0,
    ),
    (
        "an02",
        "House hit by gunfire",
        "Bullets struck a house and two parked cars on Pine Avenue early Sunday. Police "
        "said nobody was injured.",
        0,
        0,
    ),
    (
        "an03",
        "Drive-by shooting",
        "A family of five escaped injury when a gunman sprayed their house with bullets in "
        "Savannah on Monday, police said.",
        0,
        0,
    ),
    (
        "an04",
        "Shots fired at apartment",
        "Gunfire hit an apartment where three children were sleeping. None of them were "
        "struck, officers said.",
        0,
        0,
    ),
    (
        "ag01",
        "Man grazed by bullet",
        "A man was grazed by a bullet while walking on Oak Street in Erie on Friday. He was "
        "treated at the scene.",
        0,
        1,
    ),
    (
        "ag02",
        "Two hurt in shooting",
        "A woman was shot in the stomach and a man was grazed on the head during a shooting "
        "in Stockton on Saturday.",
        0,
        2,
    ),
    (
        "ag03",
        "Bullet grazes girl",
        "A bullet grazed a 9-year-old girl as she sat on her porch in Shreveport on "
        "Wednesday evening, police said.",
        0,
        1,
    ),
    (
        "aw01",
        "Clerk pistol-whipped",
        "A robber pistol-whipped a clerk at a gas station on Elm Street in Dayton on Sunday "
        "and took cash from the register. The clerk was treated for a cut to the head.",
        0,
        0,
    ),
    (
        "aw02",
        "Man beaten with gun, shot",
        "Two men pistol-whipped a delivery driver and then shot his friend in the leg on "
        "Saturday, police said.",
        0,
        1,
    ),
    (
        "aw03",
        "Home invasion",
        "Three armed men forced their way into an apartment, pistol-whipped a woman and "
        "fired a shot into the ceiling. No one was shot.",
        0,
        0,
    ),
    (
        "ak01",
        "Dog shot in Tulsa",
        "A man shot his neighbor's dog after it got loose in his yard on Monday, police "
        "said. The dog died.",
        0,
        0,
    ),
    (
        "ak02",
        "Officer shoots dog",
        "An officer shot a pit bull that attacked him while he was serving a warrant on "
        "Tuesday. The officer was bitten but not shot.",
        0,
        0,
    ),
    (
        "ak03",
        "Man and dog shot",
        "A man and his dog were both shot during a robbery in Waco on Friday. The dog was "
        "killed; the man is expected to survive.",
        0,
        1,
    ),
    (
        "as01",
        "Two found shot",
        "Officers found Kevin Shaw, 25, and Maya Cole, 23, shot inside a car on Fifth "
        "Street on Sunday. Shaw was pronounced dead. Cole is in serious condition.",
        1,
        1,
    ),
    (
        "as02",
        "Two found shot in Macon",
        "Deputies found two men shot in a field off Riverside Drive on Thursday. One of "
        "them died at the hospital.",
        1,
        1,
    ),
    (
        "as03",
        "Found shot",
        "Police found a woman shot in the chest inside her home on Tuesday. She died later "
        "that night.",
        1,
        0,
    ),
    (
        "ab01",
        "Man shoots wife, then self",
        "A man shot his wife at their home in Joplin on Thursday before turning the gun on "
        "himself. He survived and is in critical condition. She died at the scene.",
        1,
        1,
    ),
    (
        "ab02",
        "Man shoots wife, self",
        "A man shot his wife in their driveway on Tuesday before turning the gun on "
        "himself, police said. Both died at the scene.",
        2,
        0,
    ),
    (
        "ab03",
        "Murder-suicide in Ogden",
        "A woman was shot and killed by her husband, who then turned the gun on himself, "
        "police said. He later died at Regional West hospital.",
        2,
        0,
    ),
    (
        "ar01",
        "Man tried to kill himself",
        "A man shot his girlfriend on Friday night and then tried to kill himself, officers "
        "said. The man survived and is hospitalized. The girlfriend died.",
        1,
        1,
    ),
    (
        "ar02",
        "Shooter wounded himself",
        "After shooting a coworker in the arm, the gunman shot himself in the head. He survived.",
        0,
        2,
    ),
    (
        "aq01",
        "Three wounded",
        "Three men were wounded in a shooting on 9th Avenue on Sunday. A fourth man was "
        "shot in the foot.",
        0,
        4,
    ),
    (
        "aq02",
        "Four shot, one dies",
        "Four people were shot outside a store on Monday. One of the victims died on Tuesday.",
        1,
        3,
    ),
    (
        "aq03",
        "Two shot",
        "Two people were shot on Monday. One of them, a 20-year-old man, died at the scene.",
        1,
        1,
    ),
    (
        "bd04a",
        "Shooting in Peoria",
        "Gunfire killed one man and wounded another late Friday on Western Avenue, police said.",
        1,
        1,
    ),
    (
        "bd04b",
        "Shooting in Peoria",
        "A gunman killed one man and wounded another late Friday on Western Avenue, police said.",
        1,
        1,
    ),
    (
        "bd04c",
        "Shooting in Peoria",
        "PEORIA, Ill. \u2014 A gunman killed one man and wounded another late Friday on Western "
        "Avenue, police said.",
        1,
        1,
    ),
    (
        "bw1",
        "Man shot",
        "A man walked into St. Mary's Hospital with a gunshot wound to his leg on Friday "
        "night, police said.",
        0,
        1,
    ),
    (
        "bw2",
        "Man shot",
        "A man arrived at a hospital with a gunshot wound to the leg early Sunday, police "
        "said. He told officers he was shot on Elm Street.",
        0,
        1,
    ),
    (
        "bw3",
        "Two shot",
        "A man was killed on Elm Street. Later a second man showed up at a hospital with a "
        "gunshot wound.",
        1,
        1,
    ),
    (
        "bw4",
        "Woman shot",
        "A woman showed up at Grady Memorial Hospital with a gunshot wound on Tuesday.",
        0,
        1,
    ),
    (
        "bw5",
        "Man shot",
        "A 24-year-old man drove himself to Mercy Hospital with a gunshot wound in his "
        "forearm on Saturday.",
        0,
        1,
    ),
    (
        "be1",
        "Shots fired",
        "A family of five escaped injury when a gunman fired into their house on Monday.",
        0,
        0,
    ),
    (
        "be2",
        "Shots fired",
        "Two children escaped injury when bullets came through their bedroom window on Monday.",
        0,
        0,
    ),
    (
        "be3",
        "Shots fired",
        "Four people inside the home escaped unharmed, police said.",
        0,
        0,
    ),
    (
        "be4",
        "Shots fired",
        "Three people were inside the car but were not hit.",
        0,
        0,
    ),
    (
        "be5",
        "Shots fired",
        "The gunman fired at two men, who escaped without injury.",
        0,
        0,
    ),
    (
        "be6",
        "Shots fired",
        "Someone fired into a car with three people inside on Monday. All three escaped injury.",
        0,
        0,
    ),
    (
        "bl1",
        "Shooting",
        "A shooting on Saturday left a 19-year-old wounded, police said.",
        0,
        1,
    ),
    (
        "bl2",
        "Shooting",
        "A teen was charged in a shooting that left a man wounded on Elm Street.",
        0,
        1,
    ),
    (
        "bl3",
        "Shooting",
        "A shooting left two men injured on Monday night.",
        0,
        2,
    ),
    (
        "bl4",
        "Shooting",
        "Police arrested a man in a shooting that left one dead and two wounded on Saturday.",
        1,
        2,
    ),
    (
        "bv1",
        "Three shot",
        "The victims were Marcus Bell, 22, who died at the scene, and Andre Little, 19, who "
        "is in critical condition.",
        1,
        1,
    ),
    (
        "bv2",
        "Three shot",
        "Marcus Bell, 22, died at the scene. Andre Little, 19, is in critical condition. "
        "Kiara Moss, 20, was treated and released.",
        1,
        2,
    ),
    (
        "bv3",
        "Three shot",
        "Police identified the victims as Marcus Bell, 22, who died at the scene; Andre "
        "Little, 19, who is in critical condition; and Kiara Moss, 20, who was treated and "
        "released.",
        1,
        2,
    ),
    (
        "bv4",
        "Shot",
        "Rodney Hill, 45, was pronounced dead at the scene. Carl Hill, 43, was shot in the "
        "arm. Lena Hill, 40, was grazed by a bullet.",
        1,
        2,
    ),
    (
        "by1",
        "Murder-suicide",
        "A woman was shot and killed by her husband, who then turned the gun on himself.",
        2,
        0,
    ),
    (
        "by2",
        "Murder-suicide",
        "A woman was shot and killed by her husband, who then killed himself.",
        2,
        0,
    ),
    (
        "by3",
        "Murder-suicide",
        "A woman was fatally shot by her boyfriend, who then shot himself. He died at the "
        "hospital.",
        2,
        0,
    ),
    (
        "by4",
        "Murder-suicide",
        "A woman was shot by her boyfriend, who then shot himself. Both died.",
        2,
        0,
    ),
    (
        "cd1",
        "Two killed",
        "TOPEKA, Kan. \u2014 Two people were killed and a third was wounded in a shooting "
        "Saturday night, police said.",
        2,
        1,
    ),
    (
        "cd2",
        "Man killed",
        "TOPEKA (WIBW) \u2014 Killed in the shooting was Terrell Moss, 29, of Topeka, police said.",
        1,
        0,
    ),
    (
        "cd3",
        "Shooting",
        "TOPEKA \u2014 Police killed a man who fired at officers Sunday.",
        1,
        0,
    ),
    (
        "cd4",
        "Shooting",
        "TOPEKA, KAN. -- One man died and two others were hurt in a shooting at a bar early "
        "Sunday.",
        1,
        2,
    ),
    (
        "cd5",
        "Shooting",
        "TOPEKA\n\nA man was killed in a shooting on Sunday, police said.",
        1,
        0,
    ),
    (
        "cd6",
        "Shooting",
        "TOPEKA, Kansas \u2014 Shot and killed Friday was a 30-year-old man, police said.",
        1,
        0,
    ),
    (
        "cd7",
        "Shooting",
        "FORT WORTH, Texas (AP) \u2014 A gunman killed three people at a car wash on Tuesday "
        "before police shot him dead.",
        4,
        0,
    ),
    (
        "cd8",
        "Shooting",
        "EAST ST. LOUIS, Ill. \u2014 Two men were shot, one fatally, on Tuesday.",
        1,
        1,
    ),
    (
        "cd9",
        "Shooting",
        "NEW ORLEANS (WWL) \u2014 Police say gunfire wounded two people and killed one in the "
        "Seventh Ward.",
        1,
        2,
    ),
    (
        "cd10",
        "Shooting",
        "BATON ROUGE, La. - Officers shot and killed an armed man on Monday.",
        1,
        0,
    ),
    (
        "cd11",
        "Shooting",
        "LITTLE ROCK \u2014 Wounded in the shooting were a 22-year-old cook and a 19-year-old "
        "student.",
        0,
        2,
    ),
    (
        "cd12",
        "Shooting",
        "GARY, Ind. \u2014 Killed was a 40-year-old man. Police said a second man was shot in "
        "the hand.",
        1,
        1,
    ),
    (
        "cm1",
        "Murder-suicide",
        "A woman was killed by her estranged husband, who later took his own life, deputies said.",
        2,
        0,
    ),
    (
        "cm2",
        "Murder-suicide",
        "Two children were shot and killed by their father, who then turned the gun on himself.",
        3,
        0,
    ),
    (
        "cm3",
        "Shooting",
        "A man was shot by his neighbor, who then shot himself. The neighbor died; the man "
        "is expected to recover.",
        1,
        1,
    ),
    (
        "cm4",
        "Shooting",
        "A woman was shot by police after she shot herself in the leg.",
        0,
        1,
    ),
    (
        "cm5",
        "Shooting",
        "A teen was shot by a stray bullet and then himself was hospitalized.",
        0,
        1,
    ),
    (
        "cm6",
        "Shooting",
        "A man was shot and killed by police on Monday. Officers said he had earlier shot "
        "himself in the hand.",
        1,
        0,
    ),
    (
        "ca1",
        "Shooting",
        "A gunman wounded one man and killed another early Saturday outside a bar.",
        1,
        1,
    ),
    (
        "ca2",
        "Shooting",
        "A shooting killed one teen and injured another last night in Gary.",
        1,
        1,
    ),
    (
        "ca3",
        "Shooting",
        "Police shot one suspect and arrested another Friday.",
        0,
        1,
    ),
    (
        "ce1",
        "Shots",
        "A mother and her three kids escaped injury after someone fired into their home.",
        0,
        0,
    ),
    (
        "ce2",
        "Shots",
        "A family of six narrowly escaped injury when bullets pierced their walls.",
        0,
        0,
    ),
    (
        "ce3",
        "Shots",
        "Two people were shot and a family of four escaped injury in the same burst of gunfire.",
        0,
        2,
    ),
    (
        "cll1",
        "Shooting",
        "An argument over a parking spot left a 45-year-old dead and his brother wounded.",
        1,
        1,
    ),
    (
        "cll2",
        "Shooting",
        "The shooting left a 15-year-old hospitalized.",
        0,
        1,
    ),
    (
        "cll3",
        "Shooting",
        "Gunfire left a 30-year-old injured and a 25-year-old dead.",
        1,
        1,
    ),
    (
        "cr1",
        "Three shot",
        "The victims were Ann Lee, 33, who was pronounced dead on the sidewalk, and Joe Park, "
        "35, who is in stable condition.",
        1,
        1,
    ),
    (
        "cr2",
        "Shot",
        "Police identified the man who died as Leon Grant, 41. His cousin, who was also "
        "shot, is in serious condition.",
        1,
        1,
    ),
    (
        "cr3",
        "Shot",
        "Both victims, who are in critical condition, were taken to Grady.",
        0,
        2,
    ),
    (
        "df1",
        "Police investigate on Fifth Street",
        "Officers found Kevin Shaw, 25, and Maya Cole, 23, shot inside a car on Fifth "
        "Street on Sunday. Police have not named a suspect.",
        0,
        2,
    ),
    (
        "df2",
        "Deputies ask for tips",
        "Deputies found a man shot in the head in a ditch off Route 9 early Monday. "
        "Detectives are asking for tips.",
        0,
        1,
    ),
    (
        "df3",
        "Macon police investigate",
        "Police responding to a call found two teenagers shot behind a school in Macon. One "
        "of them died later that night.",
        1,
        1,
    ),
    (
        "ds1",
        "Man kills girlfriend, wounds self",
        "A man shot and killed his girlfriend in Ames on Monday and then shot himself. He "
        "survived and was flown to a hospital in Des Moines.",
        1,
        1,
    ),
    (
        "ds2",
        "Man kills wife, shoots self",
        "A man killed his wife at their home in Provo and then shot himself. He survived "
        "the wound, police said.",
        1,
        1,
    ),
    (
        "ds3",
        "Murder-suicide",
        "A man shot and killed his wife and then shot himself. He died at the hospital.",
        2,
        0,
    ),
    (
        "ex1",
        "Teen killed, city's 30th homicide",
        "A 17-year-old was shot to death on Elm Street on Monday. Police said it was "
        "Peoria's 30th homicide this year, more than all of last year.",
        1,
        0,
    ),
    (
        "ex2",
        "Man dies days after shooting",
        "A man who was shot during a robbery on Friday has died, police said Tuesday. A "
        "suspect, 19, was arrested Monday and now faces a murder charge.",
        1,
        0,
    ),
    (
        "ex3",
        "Bullets hit home, no injuries",
        "Police say someone fired at least 12 shots at a house on Grant Street overnight. A "
        "mother and two children were asleep inside. Nobody was struck.",
        0,
        0,
    ),
    (
        "ex4",
        "Dog killed in drive-by",
        "A family's dog was killed when someone fired into their yard on Sunday. No people "
        "were injured.",
        0,
        0,
    ),
    (
        "ex5",
        "Clerk pistol-whipped, customer shot",
        "A robber pistol-whipped a clerk and shot a customer in the leg at a Shell station "
        "on Monday.",
        0,
        1,
    ),
    (
        "ex6",
        "Officer grazed",
        "An officer was grazed in the arm during a shootout with a suspect, who was killed.",
        1,
        1,
    ),
    (
        "ex7",
        "Two dead in murder-suicide",
        "Two people are dead after what police describe as a murder-suicide at an apartment "
        "on Oak Lane on Tuesday.",
        2,
        0,
    ),
    (
        "ex8",
        "Police kill gunman who wounded two",
        "Officers shot and killed a gunman who had wounded two people at a mall on Saturday.",
        1,
        2,
    ),
    (
        "ex9",
        "Woman killed, man wounded",
        "One woman died.\n\nA man, 40, was also struck and is in stable condition, police said.",
        1,
        1,
    ),
    (
        "ex10",
        "Shooting",
        "A 23-year-old man was grazed by a bullet and a 31-year-old neighbor was shot in the "
        "chest at a party on Saturday. Both are expected to survive.",
        0,
        2,
    ),
    (
        "ex11",
        "Deputies kill man",
        "A man who shot at deputies during a traffic stop was killed when they returned "
        "fire, the sheriff said.",
        1,
        0,
    ),
    (
        "ex12",
        "Man shot by trooper",
        "A trooper shot a driver who tried to run him over on Interstate 35. The driver was "
        "flown to a hospital.",
        0,
        1,
    ),
    (
        "ex13",
        "Two charged in killing",
        "Two men were charged on Friday in the shooting death of a 25-year-old man outside "
        "a club in March.",
        1,
        0,
    ),
    (
        "ex14",
        "Shots fired at officers",
        "A man fired at officers during a chase on Tuesday. No one was hit, and the man was "
        "arrested.",
        0,
        0,
    ),
    (
        "ex15",
        "Three hurt",
        "Three people were hurt in a shooting on Saturday night: a man shot in the back, a "
        "woman shot in the hand and a teen who was grazed.",
        0,
        3,
    ),
    (
        "ex16",
        "Family of four shot",
        "A father, mother and their two sons were shot at their home. The father died. The "
        "others are expected to recover.",
        1,
        3,
    ),
    (
        "ex17",
        "Woman shoots intruder",
        "A woman shot and killed a man who broke into her home on Tuesday night, police "
        "said. She was not hurt.",
        1,
        0,
    ),
    (
        "ex18",
        "Child shoots self",
        "A 4-year-old boy accidentally shot himself with a gun he found in a nightstand. He "
        "is in stable condition.",
        0,
        1,
    ),
    (
        "ex19",
        "Man dies in accidental shooting",
        "A 30-year-old man died after accidentally shooting himself while cleaning his "
        "rifle, deputies said.",
        1,
        0,
    ),
    (
        "ex20",
        "Couple shot",
        "A couple was shot while sitting on their porch on Monday. The husband died; his "
        "wife is in critical condition.",
        1,
        1,
    ),
]

# what the rules still get wrong: (killed, injured) read, and why
MISSES: dict[str, str] = {
    "al05": "(2, 0): a telegraphic list ('Carl Hill, 43, shot in the arm; and Lena Hill, 40, "
    "grazed') is parsed as one clause",
    "ar02": "(0, 1): 'After shooting a coworker in the arm' is not read",
    "cd6": "(0, 0): 'Shot and killed Friday was ...' after a dateline: the participle is "
    "tagged a proper noun",
    "cd12": "(0, 1): 'Killed was ...' after a dateline: 'Killed' is tagged a proper noun",
    "cm3": "(1, 0): 'shot by his neighbor, who then shot himself' (a wound, not a death, by the "
    "agent) leaves the self-harm the victim's",
    "ex6": "(1, 0): 'An officer was grazed ... with a suspect, who was killed': the dead suspect "
    "is taken off the harmed officer",
    "ds2": "(1, 0): 'He survived the wound' (survived with an object) is not read as his wound",
}


@pytest.mark.parametrize("case_id", case_params(CASES, MISSES))
def test_invented_tolls(case_id: str) -> None:
    got, want = read_case(CASES, case_id)
    assert got == want


# --- one test per rule the cases above led to (each case failed before its rule)


@pytest.mark.parametrize("case_id", ["ab03", "by1", "by2", "by3", "cm1", "cm2"])
def test_self_harm_after_a_harm_by_him_in_the_passive_is_the_attacker(case_id: str) -> None:
    # "A woman was shot and killed by her husband, who then turned the gun on himself": two
    # dead (a death by a person named as the agent, as "killed his wife and then himself")
    got, want = read_case(CASES, case_id)
    assert got == want


@pytest.mark.parametrize("case_id", ["ad04", "bd04a", "bd04b", "bd04c", "ca1", "ca2"])
def test_another_before_a_time_is_the_object(case_id: str) -> None:
    # "killed one man and wounded another late Friday": one dead, one hurt
    got, want = read_case(CASES, case_id)
    assert got == want


@pytest.mark.parametrize("case_id", ["an03", "be1", "ce3"])
def test_escaped_injury_is_no_count_of_the_injured(case_id: str) -> None:
    # "A family of five escaped injury when a gunman fired into their house": none hurt
    got, want = read_case(CASES, case_id)
    assert got == want


@pytest.mark.parametrize("case_id", ["aa04", "bl1", "cll2", "cll3"])
def test_left_an_age_in_a_state_is_one_person(case_id: str) -> None:
    # "A shooting left a 19-year-old wounded": one hurt
    got, want = read_case(CASES, case_id)
    assert got == want


@pytest.mark.parametrize("case_id", ["al01", "bv1", "bv3", "cr3"])
def test_a_condition_in_a_relative_clause_is_its_antecedents(case_id: str) -> None:
    # "Andre Little, 19, who is in critical condition": one hurt
    got, want = read_case(CASES, case_id)
    assert got == want


def test_a_listed_person_with_a_state_clause_of_his_own_is_not_summed() -> None:
    # "Ann Lee, 33, who was pronounced dead ..., and Joe Park, 35, who is in stable
    # condition": one dead, one hurt (not two dead)
    assert read_case(CASES, "cr1")[0] == (1, 1)


@pytest.mark.parametrize("case_id", ["aq01"])
def test_an_ordinal_one_past_the_injured_is_one_more(case_id: str) -> None:
    # "Three men were wounded ... A fourth man was shot in the foot": four hurt
    got, want = read_case(CASES, case_id)
    assert got == want


def test_inverted_participle_reads_the_people_after_be() -> None:
    # "Wounded in the shooting were a 22-year-old cook and a 19-year-old student": two hurt
    assert read_case(CASES, "cd11")[0] == (0, 2)


def test_people_found_shot_are_the_harmed() -> None:
    # "Officers found Kevin Shaw, 25, and Maya Cole, 23, shot inside a car": two hurt
    assert read_case(CASES, "df1")[0] == (0, 2)


def test_the_attacker_who_shot_himself_and_survived_is_injured_beside_the_dead() -> None:
    # "shot and killed his girlfriend ... and then shot himself. He survived": one dead,
    # one hurt
    assert read_case(CASES, "ds1")[0] == (1, 1)
