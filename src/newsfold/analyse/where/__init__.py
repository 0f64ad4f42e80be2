"""Where: place names resolved with the gazetteer, and the place where the event happened.

Reads the article's spaCy Doc (one parse, shared), its title and URL, and what earlier
components found (casualty claims from `counts`). Writes `ctx.places` (every place mention,
resolved or not, with its role), `location` claims for the event's place, and the event's
`country`, `iso3`, `admin1`, `admin2`, `location`, `latitude`, `longitude`, `geo_precision`.

The steps, each a function in one of the files listed at the end:

1. **Mentions** (`_scan`). Runs of capitalised tokens (joined by "de", "al", "of", hyphens...)
   are matched against the gazetteer, longest first. A run the gazetteer lacks becomes a
   *local* mention when its context says it is a place: a kind of place after it ("the Cota
   905 neighbourhood", "Kyar Nyo Kan village", "Cerro Tablón, a hillside district"), an admin
   qualifier ("Takalout (Kidal)", "Gakara village, Kolofata (Mayo-Sava)"), or "in"/"near"
   before it, or a province after it ("shelled Kafr Nabl in Idleb", `_in_unit`). A big
   city's part in the "City-Part" form ("Athens-Central Athens", `_city_part`) is a local
   name within the city.
   An English prefix hyphened to a name ("Ex-Marrowfield deputy", "Mid-Ohio") opens no
   name, in the text or the headline (`vocabulary.NAME_PREFIXES`), and the model's entities
   stop at a dash spaced on both sides (`_Scanner.ent_bounds`: "MIAMI - A Homestead" is no
   organisation's name hiding the dateline and the town).
   Each mention notes its context: the preposition before it, a qualifier after it
   ("Rocky Mount, N.C.", "Nihm (Sanaa)", "Bule (Djugu, Ituri)"), a kind word ("Farah
   province", "Taizz city"), whether it is the dateline ("LONDON (Reuters) -"), someone's home
   ("John Doe, 23, of Dayton", "a man from Ohio"), the jurisdiction of a police or sheriff's
   office ("Chicago Police Department": a place), part of another organisation's or a
   building's name ("Chicago Tribune", "Santa Rita Jail": weak), a street's name ("West
   Manchester Avenue", a corner's "Independence and Wabash avenues", an address's "1309 E.
   Tennessee St.": not a place), a business ("the McDonald's") or a country used as an actor
   ("the US government", "Zambia's army"). Homes include "Atlanta native John Doe", "John
   Doe, 31 of Dayton" and "John Doe of the 900 block of Elm Street in Dayton". A name the
   gazetteer spells otherwise ("Idleb", "Mirpurkhas") is found by its consonant skeleton,
   and then needs the rest of the text to agree (in the US, no other state named); a Spanish
   name written without its "de" ("San Francisco Campeche") is looked up with it, and
   written so.
   The headline is scanned too, without a parse. A text that is not the headline's story
   (it uses none of the headline's own words: a sign-in wall, a video playlist, the site's
   other stories) gives no places when the headline names one (`headlines._body_not_story`):
   the headline's town, not the outlet's city or another story's.
2. **Is it a place?** (`_plausible`). A name that is also an English word ("Mobile", "Reading",
   "Police", "Bath", "Of", "West") or part of a person's name is not a place unless the context
   says so: spaCy calls it a place, a qualifier or kind word goes with it, or it is a city of a
   million. A small town after "in" is kept whatever the model guesses it is (PERSON,
   PRODUCT: "held a protest in Ravar") when the text points to no other country.
3. **Which place?** (`_resolve`). Each candidate scores by population, by whether the text's
   other evidence shares its country and admin1 (country and state names, demonyms such as
   "Venezuelan", armed groups and missions active in one country only ("Houthi", "OSCE SMM"),
   US state abbreviations, the outlet's country-code domain, a US broadcaster's call sign
   ("wsbtv"), a known US outlet's home city ("ajc": Atlanta), a town's edition folder in the
   address ("theadvocate.com/new_orleans/"), a US city or state in its host name
   ("dallasnews") or in the site's name after the headline ("WTVM.com-Columbus, GA"))
   and by the mention's own qualifiers; a town within 250 km of a local outlet's city beats a
   bigger namesake far away, and one within 80 km needs no state of its own named (a metro
   area crosses state lines); so too a town within 40 km of a town of another state the text
   names ("Jane Doe, of Gary, Ind., was shot in Calumet City", "taken to a hospital in
   Memphis, Tenn." of a Southaven shooting), which weighs as if it lay in that state
   (`candidates._across_the_line_from_named`), and a state the text names only as a home's or
   a destination's or a town's person's ("of Beaumont, Texas", "a Texas man", "a Memphis,
   Tenn., man", `scanner._qualified_person`) drops no bare town of another state
   (`resolve._aside_states`). A host under a state's ".us" domain ("co.marion.or.us") is of
   that state (`evidence._locality_domain`), and a station's page whose copyright line
   credits a known station of another market ("Copyright 2018 KWES" on a Shreveport site) is
   that station's story (`evidence._copyright_evidence`). A headline's "Town, ST" (in its
   first part) qualifies the town as the text's "Town, St." does, and a town written once
   with its state is that town where the text repeats its name bare ("Millville, NJ" ...
   "Millville police", `resolve._repeated_qualified`). Passes repeat with every other
   name's choice as evidence (one vote per distinct name), so "Portland" follows "Maine" and
   "Georgia" follows "Atlanta". A choice is then kept only when credible (`_strength`): a small
   place in a country the rest of the text does not mention, or found only through an alternate
   name or inside an organisation's name, or a small town of a state when the text names
   another state ("Jackson" with "Butts County, Georgia"), is dropped (unless the text names
   the town's own county: "Henderson police" and "Henderson County" against Evansville,
   Indiana). A US town of 2,000 people or more whose own police the text names ("A man was
   shot Sunday, Lufkin police said", "the Galesburg PD", a sentence's opening "Tupelo police
   ...", not a kind of force: "University Police") is kept though the text names no state,
   when it points to no other country (`candidates._own_police_town`): a police department
   is named after the town it serves; the same form favours the US namesake of 10,000 or more
   over a bigger one abroad ("the Bangor Police Department", not a world city, nothing pointing
   abroad: `candidates._american_form_town`), and a dateline with no state names a US town of
   10,000 or more ("EAST LANSING (AP) --"). Among a state's namesakes, the row within 50 km of a
   town another name of the text was chosen as wins ("SPRINGFIELD, Ill. - ... in Chatham",
   `candidates._near_named_town`; not for a town's part), and a shouted "IN LUFKIN" reads its
   town (`scan._shouted_place`). A name whose qualifier no candidate fits ("Ahmadabad
   district, Paktia") is a local name within the qualifier; a "neighborhood" the gazetteer
   places in another state ("the Lawndale neighborhood" of a Chicago story), or 50 km or
   more from a US city outlet's city (a Louisville station's "Russell neighborhood"), is a
   local name too. A host name two big US cities bear about equally ("pasadenastarnews")
   names no state.
4. **The event's place** (`_event_place`). Mentions score for being in the lede and the
   headline, after "in"/"at"/"near", in a sentence with a casualty claim or an event verb,
   often, and specific (city over province over country); they lose for being a home town,
   part of an organisation's name, an actor ("Turkish government"), or a dateline that
   disagrees with the story's country (a local dateline, "HOUSTON (AP) -", counts for a lot);
   a bare name the text also uses as a street's ("the Lamar corridor" after "Lamar Avenue") or
   as a person's surname ("Hale" after "Marcus Hale") is that street or person. A wire
   dateline, and a town the scene is only measured from ("40 km north of Harare"), give way
   when the event sentences name another place in the same country ("KANO - ... in Nigeria's
   Zamfara state"); a local dateline's city gives way in turn to a town of its state the
   event sentence measures the scene from ("RALEIGH, N.C. - ... on a rural road north of
   Smithfield", `_dateline_beside_bearing_town`), and a big city a place is said to lie at a
   bearing from is no city it is a part of ("in Garner, a few miles south of Raleigh"). A
   state police post's town ("troopers from the Kirkwood barracks", `_police_post_town`), a
   vigil's or a funeral's town ("Friends gathered in Greensboro", `_gathering_town`) and an
   arrest's town ("captured outside of Atlanta"; a recovered car's or a search warrant's: "the
   getaway car was recovered in Norco") are no scene that makes a dateline give way;
   a force's unit ("Troop A") is no local name. A headline name followed by a street or
   building word ("Odunlami Street", "Pine Hollow Apartments"), a ship's name ("MV Amani
   Kivu") and a small foreign town inside a hospital's name are no towns.
   A town right after a street address ("in the 700 block of East 14th Avenue in
   Fernhill") or after the harm's own noun ("the shooting of a boy in Ridgeford") is the scene:
   it weighs more, and a dateline town of its state gives way to it, as it does to a town a
   sentence of the harm says of the scene's unnamed site ("shot dead at a Xenia apartment"
   under "DAYTON, Ohio -"); when the text so sets
   the event in a town, towns named only in arrest sentences of a story that counts harm
   ("arrested at his LaGrange home") weigh less.
   Provinces and countries support the places inside them; the best city wins, a county or
   province only when no town in it is named, a country only when nothing finer is there.
   A town after a hospital's name where someone died or is treated ("died in an operating
   room at Holy Cross Regional Hospital in Marlow") is a destination, like one after "taken to".
   Bigger towns named around the event's town ("Coney Island ... Brooklyn") share its role. A
   place found under another of its names is written as the report writes it ("Fort Hood",
   not GeoNames' newer "Fort Cavazos"), unless it is only the short form of an official name
   ("Acapulco" of "Acapulco de Juárez", `_short_form`). A local paper's story naming no place
   at all gets the paper's city (from its host name) with precision 2.
5. **A local site** the gazetteer lacks, in the event's context ("Cota 905", "Mitiga Airport
   (Tripoli)", "Cerro Tablón") keeps its name as `location` and takes the coordinates of the
   resolved place it lies in, geo precision 2 (3 when only the province resolved). Streets and
   buildings ("the Bridlewood Drive home") are recorded as `site` mentions but do not replace
   the town: ACLED's locations are populated places and their parts, not addresses. A quarter
   the text itself places in a town it names as a town ("the Kerji area of Farah city",
   `_part_of`), or one the sentence names after setting the event in a town with its province
   ("In Tijuana, Baja California, ... in Colonia Alamar"), gives the town instead; so do
   a village set "in" a town named with its province or called a city ("X camp in Tagiura
   (Tripoli)", `_in_named_town`, `_local_town_around`), a quarter after the lede's "in Town,
   Province," (`_lede_town`) or before ", Town," (`_comma_town`), and a village measured from
   a town ("X village close to Ghazni city", `_town_near`). When nothing else places the
   event, a highway's or a road junction's namesake ("the Naameh highway", "the Khaldeh
   triangle", `_site_namesake`; a junction also when only the province is named) or a name the
   text sets it in whose every reading was dropped ("in el Mina", `_unplaced_name`) is
   written, unresolved. A place's other name in brackets ("in Salim [Naqil Hajar]", "Zap
   (Amadiya) region", `_bracket_alias`) is the name written. Where people came from
   ("residents from X village protested ... in Sousse", `_people_from`) is not the place when
   the sentence sets the event in a town. "The town of X" makes X a local town, and a name
   opened by an Arabic toponym word ("Ein Issa", "Tall Sakhr", `local_names._TOPONYM_HEADS`) is
   a place's name whatever person the model reads in it.
6. **US towns** (`_us_town`, `_us_city_around`). In the US a neighbourhood (a GeoNames row
   with a parent city: "Brighton Park", Coney Island; or one the text calls a neighborhood,
   not "a quiet Evanston neighborhood", one of Evanston's (`_a_neighbourhood_of`); or
   whose big city's police work the case, also by initials ("LAPD", `_police_by_initials`;
   quoted first, they make a place of the city's county a part though GeoNames gives it up
   to half the city's people, `_policed_in_county`; a place whose own police the text names
   stays a town, `_own_service_named`), or that the text puts in the city, "Dorchester,
   Boston", "the Dorchester section of Boston", `_said_in_city`) or a named part the
   gazetteer lacks ("the Potomac Gardens complex" in Washington) is written as its town,
   with precision 2 and a location claim for the part `within` the town: US police and the
   records built on them place an incident in its city. In New York City the town is the
   borough (`_nyc_borough`: Coney Island is written "Brooklyn"), as the city's police and GVA
   name it; the borough is the county of the USPS ZIP code nearest the place's point
   (`_nyc_county`: GeoNames puts Arverne and Far Rockaway in Nassau County, Stapleton in
   Kings), unless a code of the row's own county lies nearly as near (Bellerose Terrace and
   North New Hyde Park, Nassau villages on the city line), and "The Bronx" is written "Bronx"
   (`_written_town`). A story set in the whole city ("New York City police said", "NEW YORK
   (AP) -") is set in the borough, or a part of one, it names as a scene further down ("on a
   quiet street in Queens"; not a home's, a hospital's or an arrest's borough:
   `_borough_of_whole_city`), as a county's story is in the town it names. A name written
   with a big US town after it ("Crown Heights, Brooklyn") whose row lies far from that town
   is a part of it the gazetteer lacks, and so is its bare
   repetition (`resolve._far_from_big_town`, `_repeated_far_part`); a campus GeoNames keeps
   as a town ("Auburn University") is its town (`_campus_town`). A city's ward ("the Lower
   Ninth Ward") is a part of it (`_town_part_kind`), and so is a place "the X section of the
   city" calls a section (`scanner._section_of_a_city`). A consolidated city-county
   government's name ("Athens-Clarke County", "Macon-Bibb County", GeoNames' own
   "Lexington-Fayette") names its town, written by the town's name, its formal words too
   ("Metropolitan Nashville-Davidson County", "Lexington-Fayette Urban County",
   `scan._government_words`) (`candidates._city_county_form`, `scan._city_county_government`,
   `write._government_town`); "the Dallas suburb of Mesquite" is Mesquite
   (`scanner._named_suburb_prep`, `event_place._suburb_landmark`), and "a suburban Toledo
   bar" is in a suburb, the smaller town near Toledo the text names ("a Sylvania bar"), not
   in Toledo (`event_place._suburbs_of`). A name no row of a big
   US city's outlet's state (nor within 100 km) has, set "in" ("shot in Brightmoor" in a
   Detroit station's story), is one of the city's parts
   (`_unlisted_part_of_host`); a GeoNames town of the District of Columbia is Washington's
   (`_district_city`); a part written as its town takes the town's county. A counted officer
   of a big city's force ("a Seattle police officer shot a man in Shoreline",
   `_force_of_an_officer`) does not make the scene its city's part, a chase's start ("a
   chase that began in Minneapolis", `scanner._chase_origin`) reads as "from", and a name
   after a street's kind and a comma ("the 4500 block of Pine Road, Garner") is the
   address's town (`candidates._town_of_street`). Street names after "the 1200 block of"
   and a city's sides ("the West Side") are
   never towns elsewhere; a big city of another state named bare in a local
   outlet's story ("a shooting in Austin" in a Chicago paper) is a namesake at home, and so
   is a name whose only rows lie in another state or country, far from the big city whose
   police the text names ("shot in Pilsen, Chicago police said": an unknown part of Chicago,
   `component._policed_far_name`), when nothing else in the text points there; so is, with
   the city's police the first force the text quotes, a namesake of the city's own state far
   from it that no case of theirs reaches (a hamlet 50 km or more off, or a town found only
   under another of its names: "in Dutchtown, St. Louis police said", "in Antioch, Metro
   Nashville police said"; a town of 20,000 or fewer 250 km off: Ventura County's Oak Park for
   Sacramento's, `city_parts._policed_far_part`), and a named area the gazetteer lacks ("in
   the Westwood area", "in Ybor City, Tampa police said", `city_parts._policed_area`). A
   month's abbreviation with its dot ends a name ("in Rocky Mount on Feb. 12",
   `scanner._month_or_day`). A place
   within a big city's radius that has its own police or fire service or is written with its
   state ("Chelsea police", "Chelsea, Massachusetts"), or that the USPS list addresses under
   its own name outside New York City (`_postal_town`; a GeoNames town, not a row known only
   from that list: Roxbury is Boston's), is a town of its own, not a part of
   the big city (`_town_of_its_own`), unless named for the city with a compass word ("East
   Boston", `_named_for_city`; "West Raleigh, North Carolina", a GeoNames district row with
   near the city's people, `_namesake_part`; not the towns so named, South Tucson, East Los
   Angeles, `_OWN_COMPASS_TOWNS`); a neighbourhood alone in a city outlet's story
   is a part of the outlet's city. The town after a part's "section / neighborhood of" or a
   street's comma ("the Excelsior section of San Francisco", "on Main Street, Charlotte") is
   read as a town, and a far namesake of the part is no reading of it
   (`qualifiers._town_of_part`, `resolve._far_part`). In a headline, a town before "man",
   "teen"... is someone's home when the headline names the scene apart ("Brooklyn man
   charged in Albany shooting"); in the text, a "<Town> man" whose scene is set in another
   town of the same or next sentence or the dateline is no unknown part of that town ("A Dothan
   man was shot in Atlanta, Georgia", `event_place._home_of_people`).
   A bare name the gazetteer lacks beside a resolved US town ("Russellwood and Valley", "John
   Lander", "Related Coverage") is a detail within the town, not the place, unless it is the
   dateline; a part of the District of Columbia is in Washington. A small town of another
   state, far from a local outlet's city, named bare at the scene ("at a University City
   apartment" in the Charlotte paper) or in a park's or school's name ("near Fountain Park"
   in a St. Louis station's story) is a namesake at home, unless the text names its police.
   A city's "Metro Police" (Indianapolis) work the case as its police do.
   A local name that is only a county the text names ("LEWIS, Ky." with Lewis County,
   "Related Coverage Columbia County") is no site; a township the event sentences set the
   event in, within a county named alone ("in Deerfield Township"), is the site even when a
   town of its name lies in another county; a compass word before the town's own name ("the
   West Augustine area" of St. Augustine) is the town. A county alone is written at its seat
   (`write._county_town`; `us_seats` knows the seats of the counties of about 100,000 people
   or more, where the biggest town may be a suburb: Iredell County's Statesville, not
   Mooresville), but not at a suburb named after the city beside it ("East
   Pensacola Heights": Pensacola) nor, for a county named after its city with a compass word
   ("East Baton Rouge Parish"), anywhere but that city. A headline's English word set in a
   scene before the scene's noun ("One Dead in Gary Shootout") is a town when the text names
   it too.
   A municipality's capitalised title before a name ("the Town of West Sweden", `scan._titled`)
   makes the name a town, no part of a namesake ("West" of Sweden). A sentence that tells only
   an earlier time, a period `when` sets apart ending two months or more before the event
   ("she lost her brother last spring and her cousin last year to shootings in Detroit",
   `_past_sentences`), and a photo's caption line ("... in Piedmont. (iWitness)") weigh less
   for their towns. A town before the harm's noun ("a Cedar Bluff shooting that wounded a
   teenager", a headline's "Allen shooting") is the scene as "in Cedar Bluff" is (not "the
   third Pasco shooting this year", "the Vallejo officer-involved shooting", a line's
   heading). A person's street address ("John Doe, Maple Ridge Drive, Johnson City,") is a
   home. A site's name opening the page title
   ("Youngstown News, Campbell man ...") is the outlet's, its town the outlet's home as a
   masthead's is; a person's role opening a headline's clause ("...: Marine killed") is a
   town only when the text names it. A town named only inside sites' names ("near
   Kingsessing Park", "the Beechmont Community Center") in a big city outlet's story of its
   own state, within the city's core or far outside its area, is the outlet's city
   (`_site_named_town`); not a town said of a site with no name of its own ("in a Killbuck
   bar", "their Elkton home"), which is the scene. A town named only as someone's home that
   is the namesake across a state line of a local outlet's own city ("John Doe, 31, of
   Kansas City, Kan." in a Kansas City, Missouri station's story) is the outlet's city
   (`_home_across_the_line`). A town in a school's or school district's
   name ("Whitehouse ISD", "Whitehouse High School") is in an organisation and takes no
   headline bonus; a town after a school's name outside the event's sentences ("attended X
   Academy in Miami Gardens") is no town for a county's event. An unknown name after an age
   ("17-year-old Quanice") is a person.

Geo precision is ACLED's: 1 the place itself, 2 near it or part of it ("near Vodyane", "in
rural Ras al Ain", a neighbourhood), 3 only the province (`location` is then the province's
seat, as ACLED codes it). A country alone (or only a demonym: "Nigerian troops") gives
`country`/`iso3` and, as ACLED codes national events, its capital with precision 3
(`_at_capital`). No place at all leaves every field null.

The files, in the order of the steps; each imports only files above it, and
`component.annotate` runs the steps on an article:

- `vocabulary.py`: the word lists (kinds of place, prepositions, labels, English words).
- `mentions.py`: `_Mention`, one place-name occurrence.
- `datelines.py`: datelines ("HOUSTON (AP) -").
- `scanner.py`: `_Scanner`, the Doc read as token lists, and `_context`, a mention's context.
- `local_names.py`: names the gazetteer lacks that their context makes places.
- `qualifiers.py`: "X, N.C.", "X (Djugu, Ituri)": qualifiers linked to the names they narrow.
- `scan.py`: `_scan`, every mention of the text (step 1).
- `evidence.py`: `_Evidence`, the countries and states the text and the outlet point to.
- `headlines.py`: the headline's place names and the site's name after it.
- `candidates.py`: `_plausible` (step 2), candidate scores, votes and `_strength` (step 3).
- `resolve.py`: `_resolve`, each mention's place chosen in passes (step 3).
- `event_place.py`: `_event_place` and `_local_site`, the event's place (steps 4, 5).
- `countries.py`: the text's actors and peoples weighed against a weakly chosen country.
- `city_parts.py`: city districts, town quarters and US neighbourhoods as towns (step 6).
- `write.py`: `_write`, the event's place fields and geo precision; `_at_capital`.
- `component.py`: `annotate`, the component run on each article.
"""

from newsfold.analyse.where.component import annotate

__all__ = ["annotate"]
