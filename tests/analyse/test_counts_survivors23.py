"""Tolls of invented US local-news snippets about who died and who lived (session 24,
h-counts23): a gunman's death told in a later sentence ("then shot himself. He died later at
the hospital"), survivors after a sentence that sounds fatal, animals shot ("Dog killed in
shooting", "Police kill dog"), surnames the tagger reads as common nouns ("Banks died later"),
lists of other headlines under a label ("More news:"), "two shot, one fatally" and its kin,
people grazed, two named people pronounced dead, and a victim shot "dozens of times", with
controls. Each case: (id, title, text, killed, injured) as GVA would count them (everyone shot,
the shooter included; animals are no one). The cases the rules still miss are in `MISSES`."""

from __future__ import annotations

import pytest

from .counts_helpers import case_params, read_case

CASES: list[tuple[str, str, str, int, int]] = [
    (
        "h01",
        "Man kills wife, then himself, in Topeka home",
        "TOPEKA, Kan. - A man shot and killed his wife inside their home on Maple Lane early "
        "Monday and then shot himself, police said. He died later at Stormont Vail Hospital.",
        2,
        0,
    ),
    (
        "h02",
        "Police: Man shoots girlfriend, turns gun on himself",
        "A 41-year-old man shot his girlfriend in the parking lot of a Joplin apartment "
        "complex on Friday and then turned the gun on himself, police said. The woman was "
        "taken to Freeman Hospital with wounds to her arm and is expected to recover. The man "
        "died at the scene.",
        1,
        1,
    ),
    (
        "h03",
        "Deputies: Shooter dies after turning gun on himself",
        "Deputies said a man fired several rounds at a neighbor's truck in rural Polk County "
        "on Sunday before shooting himself in the head. No one else was hurt. He was "
        "pronounced dead at Lakeland Regional Health.",
        1,
        0,
    ),
    (
        "h04",
        "Father shoots son, then self",
        "A father shot his 19-year-old son during an argument at their home on Cedar Road in "
        "Marietta on Tuesday night, then shot himself, police said. The son is in stable "
        "condition. The father died at Kennestone Hospital two hours later.",
        1,
        1,
    ),
    (
        "h05",
        "Man wounds ex, then shoots self in Fresno",
        "FRESNO, Calif. - A man shot his former girlfriend outside her workplace on "
        "Blackstone Avenue on Wednesday and then shot himself, officers said. Both were taken "
        "to Community Regional Medical Center, where the man later died. The woman survived.",
        1,
        1,
    ),
    (
        "h06",
        "Man shoots self after chase",
        "A man who led officers on a chase through Shreveport on Thursday shot himself after "
        "crashing his car, police said. He is in critical condition at LSU Health.",
        0,
        1,
    ),
    (
        "h07",
        "Woman survives being shot in the head",
        "A woman hit in the head by a robber's bullet on Fulton Street in Brooklyn on "
        "Saturday survived, police said. She was listed in stable condition at Kings County "
        "Hospital on Sunday.",
        0,
        1,
    ),
    (
        "h08",
        "Teen shot, killed; second teen survives",
        "Two teenagers were shot on a basketball court in Gary on Monday afternoon. A "
        "16-year-old boy died at the scene. The other boy, 15, survived and is expected to "
        "recover, police said.",
        1,
        1,
    ),
    (
        "h09",
        "Man shot multiple times in Jackson",
        "JACKSON, Miss. - A man was shot several times outside a convenience store on Terry "
        "Road on Friday night. Medics rushed him to UMMC, where he is in critical "
        "condition, police said.",
        0,
        1,
    ),
    (
        "h10",
        "Man tried to kill himself after shooting wife, police say",
        "A Lubbock man shot his wife in the chest on Sunday and then tried to kill himself, "
        "police said. The man survived a gunshot wound to the head and was in critical "
        "condition. His wife is expected to survive.",
        0,
        2,
    ),
    (
        "h11",
        "Clerk shot in robbery expected to survive",
        "A store clerk was shot during an attempted robbery at a Dollar General in Mobile on "
        "Tuesday. The clerk is expected to survive, police said. The gunman ran off with no "
        "money.",
        0,
        1,
    ),
    (
        "h12",
        "Officer shot during traffic stop survives",
        "A Tulsa police officer was shot in the leg during a traffic stop on Wednesday night. "
        "The officer survived and was released from the hospital on Thursday. The driver was "
        "arrested.",
        0,
        1,
    ),
    (
        "h13",
        "Two shot outside bar; one dies",
        "Two men were shot outside a bar on Main Street in Peoria early Saturday. One of them "
        "died at OSF Saint Francis Medical Center. The other was in critical condition, "
        "police said.",
        1,
        1,
    ),
    (
        "h14",
        "Man killed, woman hurt in Akron shooting",
        "A man was killed and a woman was wounded in a shooting on Kenmore Boulevard in Akron "
        "on Sunday night. The woman is expected to survive, police said.",
        1,
        1,
    ),
    (
        "h15",
        "Dog killed in shooting on east side",
        "A family dog was shot and killed Saturday night when someone fired into a backyard "
        "on Dover Street in Flint, police said. No people were hurt.",
        0,
        0,
    ),
    (
        "h16",
        "Police kill dog that attacked officer",
        "An officer shot and killed a pit bull that bit him while he answered a call on Ridge "
        "Avenue in Dayton on Monday, police said. The officer was treated for bites.",
        0,
        0,
    ),
    (
        "h17",
        "Deputy shoots dog during search",
        "A Pinellas County deputy shot a dog that charged at him while he searched a yard for "
        "a burglary suspect on Tuesday. The dog died. No one else was hurt.",
        0,
        0,
    ),
    (
        "h18",
        "Man shot, dog killed in Memphis",
        "A man was wounded and his dog was killed when a gunman fired into a car on Elvis "
        "Presley Boulevard in Memphis on Friday, police said. The man was taken to Regional "
        "One in stable condition.",
        0,
        1,
    ),
    (
        "h19",
        "Cow shot dead in pasture",
        "A cow was found shot dead in a pasture off Route 9 near Lexington on Sunday, the "
        "sheriff's office said. The owner told deputies he heard gunfire overnight.",
        0,
        0,
    ),
    (
        "h20",
        "Man killed in shooting, dog injured",
        "Gunfire killed a 30-year-old man outside his home on Pine Street in Camden on "
        "Wednesday. His dog was also shot and is being treated by a veterinarian, police "
        "said.",
        1,
        0,
    ),
    (
        "h21",
        "Officers shoot dog, no injuries",
        "Officers shot a dog that lunged at them during a warrant search in Reno on Thursday. "
        "The dog was killed. No officers were hurt, police said.",
        0,
        0,
    ),
    (
        "h22",
        "Neighbor kills dog with rifle",
        "A man shot and killed his neighbor's dog with a rifle after it got into his chicken "
        "coop in rural Marion County on Friday, deputies said. He was cited for animal "
        "cruelty.",
        0,
        0,
    ),
    (
        "h23",
        "Two killed in Oak Street shooting",
        "Two men were shot on Oak Street in Macon on Saturday night. Marcus Banks, 24, died "
        "at the scene. Devin Moore, 27, died at the Atrium Health Navicent hospital, police "
        "said.",
        2,
        0,
    ),
    (
        "h24",
        "One dead, one hurt in Lakeside shooting",
        "Police identified the man killed in a shooting on Lakeside Drive in Erie on Friday "
        "as Jamal Ford, 31. A second man, Tyrese Wells, 22, was wounded. Ford died at the "
        "scene. Wells is in stable condition.",
        1,
        1,
    ),
    (
        "h25",
        "Victims named in double shooting",
        "Police named the two men shot on Grand Avenue in Des Moines on Tuesday. Andre Chase, "
        "28, and Luis Hall, 33, were both shot. Chase died at Broadlawns Medical Center. Hall "
        "was treated and released.",
        1,
        1,
    ),
    (
        "h26",
        "Man dies after Sunday shooting",
        "A man shot on Sunday on Third Street in Canton has died, police said. Darnell Price, "
        "45, died at Aultman Hospital on Monday.",
        1,
        0,
    ),
    (
        "h27",
        "Man wounded on Broad Street",
        "A man was shot in the arm on Broad Street in Richmond on Monday night, police said. "
        "He is expected to survive.\n\nRelated: Two killed in Southside shooting\n\nRelated: "
        "Teen shot dead near school\n\nPolice asked anyone with information to call Crime "
        "Stoppers.",
        0,
        1,
    ),
    (
        "h28",
        "Woman shot in Jackson drive-by",
        "A woman was wounded in a drive-by shooting on Hanging Moss Road in Jackson on "
        "Friday, police said.\n\nRELATED: Man killed in Jackson shooting\nRELATED: 3 dead "
        "after weekend violence\n\nThe woman was taken to a hospital in stable condition.",
        0,
        1,
    ),
    (
        "h29",
        "Teen hurt in shooting",
        "Gunfire struck a boy, 15, in the leg near a park on 7th Street in Waco on Saturday, "
        "police said.\n\nRead more:\nFour shot, one fatally, at Waco party\nMan dies after "
        "shooting on Dutton Avenue\n\nThe boy is expected to recover.",
        0,
        1,
    ),
    (
        "h30",
        "Man killed at gas station",
        "A man was shot and killed at a gas station on Airline Highway in Baton Rouge on "
        "Thursday, police said.\n\nRelated: Two wounded in Scotlandville shooting\n\nNo "
        "arrests have been made.",
        1,
        0,
    ),
    (
        "h31",
        "Two shot, one fatally, in Rockford",
        "Two people were shot, one fatally, on Kishwaukee Street in Rockford on Sunday, "
        "police said.",
        1,
        1,
    ),
    (
        "h32",
        "Two shot, one killed, on South Side",
        "Two people were shot and one was killed on Halsted Street on Saturday night, Chicago "
        "police said. The survivor, 23, went to Stroger Hospital.",
        1,
        1,
    ),
    (
        "h33",
        "Three shot, two killed at party",
        "Three people were shot and two of them died at a house party on Elm Street in "
        "Greenville on Saturday, police said.",
        2,
        1,
    ),
    (
        "h34",
        "Four shot in Newark, one dies",
        "Four men were shot on Clinton Avenue in Newark on Friday night. One man died at "
        "University Hospital; the other three are in stable condition, police said.",
        1,
        3,
    ),
    (
        "h35",
        "One dead, two hurt in Toledo shooting",
        "One person was killed and two others were wounded in a shooting outside a bar on "
        "Dorr Street in Toledo on Sunday, police said.",
        1,
        2,
    ),
    (
        "h36",
        "Two wounded, one killed",
        "A man was killed and two other people were wounded when gunfire broke out at a "
        "cookout in Durham on Saturday, police said.",
        1,
        2,
    ),
    (
        "h37",
        "Two shot in Savannah; third grazed",
        "Two men were shot outside a club on Bay Street in Savannah on Saturday and a third "
        "person was grazed by a bullet, police said. All three are expected to survive.",
        0,
        3,
    ),
    (
        "h38",
        "One killed, one grazed in Columbus",
        "A 22-year-old man was shot and killed on Parsons Avenue in Columbus on Friday night. "
        "A woman with him was grazed and treated at the scene, police said.",
        1,
        1,
    ),
    (
        "h39",
        "Woman grazed by stray bullet",
        "A woman was grazed by a stray bullet while sitting on her porch on Park Avenue in "
        "Bridgeport on Tuesday evening, police said. She declined to go to a hospital.",
        0,
        1,
    ),
    (
        "h40",
        "Man hurt in crossfire",
        "A man was killed on Ashland Avenue in Louisville on Monday. A second man was also "
        "shot, and a third person suffered a graze wound, police said. Both are expected to "
        "recover.",
        1,
        2,
    ),
    (
        "h41",
        "Two killed in Mobile shooting",
        "Jason Reed, 29, and Corey Lane, 31, were pronounced dead at the scene of a shooting "
        "on Dauphin Street in Mobile on Saturday, police said.",
        2,
        0,
    ),
    (
        "h42",
        "Couple found dead in home",
        "Police said Karen Hill, 52, and her husband, Tom Hill, 55, were found shot to death "
        "in their home on Birch Lane in Florence on Monday.",
        2,
        0,
    ),
    (
        "h43",
        "Man, woman killed in Memphis",
        "A man and a woman were pronounced dead at the scene after a shooting at an apartment "
        "on Winchester Road in Memphis on Friday. A third person was taken to Regional One in "
        "critical condition.",
        2,
        1,
    ),
    (
        "h44",
        "Brothers killed in driveway",
        "Brothers Luis Ortega, 19, and Mario Ortega, 23, were shot in the driveway of their "
        "home in Pharr on Sunday night. Both were pronounced dead at the scene, police said.",
        2,
        0,
    ),
    (
        "h45",
        "Man shot multiple times",
        "A man was shot multiple times on Lincoln Avenue in Evansville on Saturday night and "
        "is in critical condition, police said.",
        0,
        1,
    ),
    (
        "h46",
        "Woman shot five times survives",
        "A woman who was shot five times by her ex-boyfriend in Hammond last month has been "
        "released from the hospital, police said. He was arrested.",
        0,
        1,
    ),
    (
        "h47",
        "Teen shot 3 times in Tacoma",
        "A boy, 17, was shot three times in his back near Hilltop on Friday. He is "
        "expected to live, Tacoma police said.",
        0,
        1,
    ),
    (
        "h48",
        "Man killed, shot at least 10 times",
        "A man who was shot at least 10 times died at the scene on Hollywood Avenue in "
        "Shreveport on Sunday, police said.",
        1,
        0,
    ),
    (
        "h49",
        "Man shot twice in leg",
        "A 40-year-old man was shot twice in the leg while walking on Dixie Highway in "
        "Louisville on Wednesday. His injuries are not life-threatening, police said.",
        0,
        1,
    ),
    (
        "h50",
        "Man shoots himself after standoff, dies",
        "A man who barricaded himself inside a house on Elm Street in Ardmore shot himself as "
        "officers closed in on Tuesday and died at the scene, police said. No officers were "
        "hurt.",
        1,
        0,
    ),
    (
        "h51",
        "Officers kill gunman who shot clerk",
        "Officers shot and killed a man who had just shot a clerk at a liquor store on Main "
        "Street in Pueblo on Saturday, police said. The clerk is in serious condition.",
        1,
        1,
    ),
    (
        "h52",
        "Man dies days after being shot",
        "A man who was shot outside a bar on Front Street in Lansing last week died on "
        "Monday, police said. He had been in critical condition since the shooting.",
        1,
        0,
    ),
    (
        "h53",
        "Two men shot dead",
        "Two men were shot dead inside a car on Fairfield Avenue in Bridgeport on Sunday "
        "morning, police said.",
        2,
        0,
    ),
    (
        "h54",
        "Dog saves family; man shot",
        "A man was shot in the shoulder when a burglar broke into his home in Killeen on "
        "Friday. The family dog chased the burglar away, police said. The man is expected to "
        "recover.",
        0,
        1,
    ),
    (
        "h55",
        "Woman dies after being shot by husband; husband in custody",
        "A woman shot by her husband at their home in Midland on Saturday died at the "
        "hospital, police said. The husband was arrested at the scene.",
        1,
        0,
    ),
    (
        "h56",
        "Three people hurt in drive-by",
        "Three people were shot in a drive-by on Walnut Street in Springfield on Thursday "
        "evening. All three survived, police said.",
        0,
        3,
    ),
    (
        "h57",
        "Horse killed by stray bullet",
        "A horse was killed by a stray bullet in a field near Route 30 outside Lancaster on "
        "Sunday, state police said. No people were hurt.",
        0,
        0,
    ),
    (
        "h58",
        "Police shoot and kill dog; owner wounded",
        "An officer shot and killed a dog during a raid on Hill Street in Akron on Wednesday, "
        "and a bullet fragment struck the dog's owner in the leg, police said. She was "
        "treated at a hospital.",
        0,
        1,
    ),
    (
        "h59",
        "Gunman dies after shooting himself; two wounded",
        "A gunman wounded two people at a warehouse in Reading on Monday and then shot "
        "himself, police said. He died later that day at Reading Hospital. The two workers "
        "were in stable condition.",
        1,
        2,
    ),
    (
        "h60",
        "Man killed himself after shooting neighbor",
        "A man shot his neighbor during a dispute over a car on Ash Road in Elkhart on Sunday "
        "and then shot himself, police said. The neighbor died at the scene. The shooter died "
        "at a hospital.",
        2,
        0,
    ),
    (
        "h61",
        "Teen shot in face survives",
        "Someone shot a boy, 14, in the face on Saturday on Garden Street in Rochester. "
        "Doctors say he will survive, police said.",
        0,
        1,
    ),
    (
        "h62",
        "Pit bull shot by officer",
        "A pit bull was shot and killed by an officer after it attacked a mail carrier on "
        "Sixth Avenue in Gadsden on Tuesday, police said. The mail carrier was bitten on the "
        "arm.",
        0,
        0,
    ),
    (
        "h63",
        "Woman shot dead; two dogs killed",
        "A woman and her two dogs were shot and killed inside her home on Lake Road in Conway "
        "on Friday, deputies said.",
        1,
        0,
    ),
    (
        "h64",
        "Officer kills dog during call",
        "A police officer shot and killed a dog on Walnut Street in Muncie on Saturday, "
        "police said.",
        0,
        0,
    ),
    (
        "x01",
        "Man kills wife, then himself, in Topeka home",
        "A man shot and killed his wife inside their home on Maple Lane in Topeka early "
        "Monday and then shot himself, police said. He died later at Stormont Vail Hospital.",
        2,
        0,
    ),
    (
        "x02",
        "Man kills brother, then himself",
        "A man shot and killed his brother at their home in Salina on Monday and then shot "
        "himself, police said. The man died later at a hospital.",
        2,
        0,
    ),
    (
        "x03",
        "Woman shoots husband, then herself",
        "A woman shot and killed her husband in their kitchen in Hays on Friday and then shot "
        "herself, police said. She died at the scene.",
        2,
        0,
    ),
    (
        "x04",
        "Gunman kills two, then himself",
        "A gunman shot and killed two people at a warehouse in Wichita on Monday and then "
        "shot himself. He was pronounced dead at Wesley Medical Center.",
        3,
        0,
    ),
    (
        "x05",
        "Man kills wife, shoots self; he survives",
        "A man shot and killed his wife in their home in Emporia on Monday and then shot "
        "himself, police said. He is in critical condition at Newman Regional Health.",
        1,
        1,
    ),
    (
        "x06",
        "Man killed; gunman shoots self",
        "A man was shot and killed outside a bar in Lawrence on Saturday. The gunman then "
        "shot himself. He died at the hospital, police said.",
        2,
        0,
    ),
    (
        "y01",
        "Two dead in Decatur shooting",
        "Police said Terrance Moore, 33, and Keisha Banks, 29, were shot inside an apartment "
        "on Oak Street in Decatur on Friday. Moore died at the scene. Banks died later at "
        "Decatur Memorial Hospital.",
        2,
        0,
    ),
    (
        "y02",
        "One killed, one hurt on Vine Street",
        "Darius Webb, 25, and Antoine Price, 30, were shot on Vine Street in Cincinnati on "
        "Saturday. Webb died at the hospital. Price is expected to survive.",
        1,
        1,
    ),
    (
        "y03",
        "Two killed at party",
        "Two men were killed at a house party on Sunday in Fort Wayne. Police identified them "
        "as Kevin Stone, 21, and Marcus Wood, 22. Stone and Wood were pronounced dead at the "
        "scene.",
        2,
        0,
    ),
    (
        "y04",
        "Woman shot in the head survives",
        "A woman shot in the head while driving on Interstate 65 in Birmingham on Monday "
        "survived and is recovering, police said.",
        0,
        1,
    ),
    (
        "y05",
        "Man shot in chest survives",
        "Someone shot a man, 27, in the chest outside a gas station on Greer Street in "
        "Memphis on Friday. He survived, police said.",
        0,
        1,
    ),
    (
        "y06",
        "Teen shot by friend survives",
        "A 13-year-old boy accidentally shot by a friend who was playing with a handgun in "
        "Augusta on Saturday is expected to survive, deputies said.",
        0,
        1,
    ),
    (
        "y07",
        "Dog killed, man wounded in shooting",
        "A man was shot in the hand and his dog was killed when someone opened fire on them "
        "while they walked on Birch Street in Toledo on Tuesday, police said.",
        0,
        1,
    ),
    (
        "y08",
        "Officer shoots, kills dog",
        "A Gary police officer shot and killed a dog that charged at him while he served a "
        "warrant on Monday. No people were shot, police said.",
        0,
        0,
    ),
    (
        "y09",
        "Dog shot dead by deputy",
        "A dog was shot dead by a deputy who was answering a call about a loose animal in "
        "Pasco County on Friday. The owner said the dog was friendly.",
        0,
        0,
    ),
    (
        "y10",
        "Puppy killed by stray bullet",
        "A puppy was killed by a stray bullet that came through the window of a home on "
        "Walnut Street in Dayton on Saturday night, police said.",
        0,
        0,
    ),
    (
        "y11",
        "Two wounded in shooting",
        "Gunfire wounded two people on Maple Avenue in Hartford on Sunday, police "
        "said.\n\nMore news:\nMan killed in New Britain crash\nWoman dies in Waterbury house "
        "fire\n\nBoth victims are expected to survive.",
        0,
        2,
    ),
    (
        "y12",
        "Man shot on Pine Street",
        "A man was shot in the leg on Pine Street in Erie on Thursday night, police "
        "said.\n\nRELATED COVERAGE\nTwo dead in Erie double homicide\nTeen killed in drive-by "
        "on East 10th\n\nThe man was treated at UPMC Hamot.",
        0,
        1,
    ),
    (
        "y13",
        "Three shot, one dies",
        "Three men were shot outside a nightclub on Broad Street in Augusta on Sunday. One of "
        "them later died, police said.",
        1,
        2,
    ),
    (
        "y14",
        "Two hurt, one killed",
        "Two people were hurt and one person was killed in a shooting at a park in Flint on "
        "Saturday, police said.",
        1,
        2,
    ),
    (
        "y15",
        "Two shot, one fatally",
        "Two men were shot, one of them fatally, outside a home on Fifth Street in Waterloo "
        "on Friday night, police said.",
        1,
        1,
    ),
    (
        "y16",
        "Three shot in Lansing",
        "Three people were shot on Saginaw Street in Lansing on Sunday. A fourth person was "
        "grazed by a bullet and declined treatment, police said.",
        0,
        4,
    ),
    (
        "y17",
        "Man shot dozens of times",
        "A man was found shot dozens of times in a car on Martin Luther King Jr. Boulevard in "
        "Trenton on Saturday. He was pronounced dead at the scene.",
        1,
        0,
    ),
    (
        "y18",
        "Woman shot several times by ex",
        "A woman was shot several times by her ex-husband in a parking lot in Odessa on "
        "Friday. She is in critical condition. He was arrested.",
        0,
        1,
    ),
    (
        "y19",
        "Man shot 4 times in robbery",
        "A pizza delivery driver was shot four times during a robbery on Elm Street in Akron "
        "on Sunday. He is expected to recover.",
        0,
        1,
    ),
    (
        "y20",
        "Man shot dead, then gunman kills self",
        "A man was shot dead in the parking lot of a grocery store in Tyler on Friday. The "
        "shooter then turned the gun on himself and died at the scene, police said.",
        2,
        0,
    ),
    (
        "y21",
        "Man fatally shot; gunman wounded by officer",
        "A man was fatally shot outside a bar in Pueblo on Saturday. An officer shot the "
        "gunman, who was taken to a hospital in stable condition, police said.",
        1,
        1,
    ),
    (
        "y22",
        "Couple shot; husband dies",
        "A husband and wife were shot in their home on Elm Street in Sumter on Sunday. The "
        "husband died at the scene. The wife was taken to Prisma Health Tuomey in serious "
        "condition.",
        1,
        1,
    ),
    (
        "y23",
        "Man kills mother, then self",
        "A 38-year-old man shot and killed his mother at their home in Florence on Monday and "
        "then shot himself, deputies said. He was pronounced dead at McLeod Regional Medical "
        "Center.",
        2,
        0,
    ),
    (
        "y24",
        "Man shoots wife, then self; both die",
        "A man shot his wife in their driveway in Aiken on Sunday and then shot himself. Both "
        "died at the scene, deputies said.",
        2,
        0,
    ),
    (
        "y25",
        "Police: Man shoots girlfriend, self",
        "A man shot his girlfriend in the face at her apartment in Rock Hill on Wednesday and "
        "then shot himself in the head. She survived. He died at the scene, police said.",
        1,
        1,
    ),
    (
        "z01",
        "Man killed by deputies after firing at them",
        "A man who opened fire on deputies outside a home in Ocala was killed on Saturday. "
        "Deputies shot the gunman after he fired at them, the sheriff said.",
        1,
        0,
    ),
    (
        "z03",
        "Man kills son, then himself",
        "A man shot and killed his son at their home in Pocatello on Sunday and then shot "
        "himself. The son died at the scene, police said. The father was pronounced dead at a "
        "hospital.",
        2,
        0,
    ),
    (
        "z04",
        "Suspect killed in shootout",
        "A robbery suspect was killed in a shootout with officers in Tucson on Friday. "
        "Officers shot the suspect after he pointed a gun at them. No officers were hurt.",
        1,
        0,
    ),
    (
        "z05",
        "Clerk killed; robber shot by customer",
        "A store clerk was killed during a robbery on Main Street in Gadsden on Sunday. A "
        "customer shot the robber, who was taken to a hospital in serious condition, police "
        "said.",
        1,
        1,
    ),
    (
        "z06",
        "Man shoots himself in leg while cleaning gun",
        "A man accidentally shot himself in the leg while cleaning his rifle at his home in "
        "Casper on Saturday. He was taken to Wyoming Medical Center, police said.",
        0,
        1,
    ),
    (
        "z07",
        "Man killed; police shoot suspect dead",
        "A man was shot and killed at a bus stop in Toledo on Monday. Officers later shot and "
        "killed the suspect during a chase, police said.",
        2,
        0,
    ),
    (
        "z08",
        "Bank robber killed by police",
        "A man was shot and killed by police after he robbed a bank on Main Street in Joplin "
        "on Tuesday. Officers shot him when he pointed a gun at a teller.",
        1,
        0,
    ),
    (
        "r01",
        "Man wounded on Broad Street",
        "A man was shot in the arm on Broad Street in Richmond on Monday night, police "
        "said.\n\nTeen killed in Southside shooting\n\nTwo dead after crash on I-95\n\nHe is "
        "expected to survive. Police asked anyone with information to call Crime Stoppers.",
        0,
        1,
    ),
    (
        "r02",
        "Woman shot in Tulsa",
        "A woman was shot in the leg outside an apartment on Pine Street in Tulsa on Friday, "
        "police said.\nMan dies in north Tulsa shooting\nThree hurt in shooting at party\nShe "
        "was taken to a hospital in stable condition.",
        0,
        1,
    ),
    (
        "r03",
        "Man killed on Elm",
        "A man was shot and killed on Elm Street in Wichita on Saturday.\n\nWoman wounded in "
        "east Wichita shooting\n\nPolice have not made an arrest.",
        1,
        0,
    ),
    (
        "r04",
        "Two hurt in shooting",
        "Two men were wounded in a shooting on Olive Street in St. Louis on "
        "Sunday.\n\nRELATED: Teen killed near park\n\nWoman killed in north St. Louis\n\nBoth "
        "are expected to survive.",
        0,
        2,
    ),
    (
        "s01",
        "Lakeland man dies",
        "Police said Bill Hill, 40, was shot at a home on Pine Street in Lakeland on Sunday. "
        "Hill died at the scene. A neighbor, Rosa Park, 60, was not hurt.",
        1,
        0,
    ),
    (
        "s02",
        "Two shot in Canton",
        "Officers found Jerome Wells, 19, and Tasha Ford, 20, shot outside a store in Canton "
        "on Saturday. Wells died at the hospital. Ford is recovering.",
        1,
        1,
    ),
    (
        "s03",
        "Man shot by Officer Banks",
        "Officer Dana Banks shot a man who fired at her during a traffic stop in Mobile on "
        "Friday. The man died at the scene. Banks was not hurt.",
        1,
        0,
    ),
    (
        "w01",
        "Gunman kills three at Ogden depot",
        "A gunman shot and killed three people at a bus depot in Ogden on Monday and then "
        "shot himself, police said. A clerk said he'd be dead before the police came. The "
        "rampage claimed four lives in all.",
        4,
        0,
    ),
]


# what the rules still get wrong: (killed, injured) read, and why
MISSES: dict[str, str] = {
    "h10": "(0, 1): 'tried to kill himself' and 'The man survived' are not read as one more hurt",
    "h50": "(1, 1): 'died' is parsed under 'officers closed in', and the harmed keep the man",
}


@pytest.mark.parametrize("case_id", case_params(CASES, MISSES))
def test_invented_tolls(case_id: str) -> None:
    got, want = read_case(CASES, case_id)
    assert got == want


# --- one test per rule the cases above led to (each case failed before its rule)


@pytest.mark.parametrize("case_id", ["h15", "h18", "h19", "h57"])
def test_a_headline_death_of_an_animal_is_no_one(case_id: str) -> None:
    # "Dog killed in shooting" over a text of no one dead: no death stands in
    got, want = read_case(CASES, case_id)
    assert got == want


@pytest.mark.parametrize("case_id", ["h16", "h62"])
def test_a_pit_bull_is_an_animal(case_id: str) -> None:
    # "killed a pit bull that bit him": no one dead
    assert read_case(CASES, case_id)[0] == (0, 0)


@pytest.mark.parametrize("case_id", ["h01", "x01", "x02", "x03", "x04", "x05", "x06", "z03"])
def test_he_told_back_after_shooting_himself_is_the_gunman(case_id: str) -> None:
    # "killed his wife ... and then shot himself. He died later": two dead
    got, want = read_case(CASES, case_id)
    assert got == want


def test_shot_dozens_of_times_is_one_person() -> None:
    assert read_case(CASES, "y17")[0] == (1, 0)


def test_the_gunman_shot_by_police_is_injured_beside_the_dead() -> None:
    # "A man was fatally shot ... An officer shot the gunman, who was taken to a hospital"
    assert read_case(CASES, "y21")[0] == (1, 1)


def test_headlines_under_a_more_news_label_are_other_stories() -> None:
    assert read_case(CASES, "y11")[0] == (0, 2)


def test_a_surname_told_again_is_the_person() -> None:
    # "Terrance Moore ... and Keisha Banks ... Banks died later": two dead
    assert read_case(CASES, "y01")[0] == (2, 0)


@pytest.mark.parametrize("case_id", ["r02", "r03"])
def test_a_headline_line_in_sentence_case_is_another_story(case_id: str) -> None:
    # "Woman wounded in east Wichita shooting" alone on a line between paragraphs
    got, want = read_case(CASES, case_id)
    assert got == want


def test_a_death_he_foresaw_is_not_his_death_told_back() -> None:
    # "then shot himself ... said he'd be dead before the police came": no fifth death
    assert read_case(CASES, "w01")[0] == (4, 0)
