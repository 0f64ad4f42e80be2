"""Word lists shared by `what`, `who`, `quotes`, `when` and `counts`: who can act, with what,
how people die, and who reports.

Everything here is written for the project from general knowledge of news and of ACLED's
codebook; nothing is learnt from the benchmark data. Words are lower case. Single words are
matched on their inflected forms (`inflections`), so "clash" also finds "clashes", "clashed".
"""

from __future__ import annotations

from functools import lru_cache

# --- Inflection -------------------------------------------------------------------------------

_IRREGULAR: dict[str, tuple[str, ...]] = {
    "shoot": ("shoots", "shot", "shooting", "shootings"),
    "fight": ("fights", "fought", "fighting", "fightings"),
    "take": ("takes", "took", "taken", "taking"),
    "seize": ("seizes", "seized", "seizing", "seizure", "seizures"),
    "beat": ("beats", "beaten", "beating", "beatings"),
    "slay": ("slays", "slain", "slew", "slaying", "slayings"),
    "hold": ("holds", "held", "holding"),
    "throw": ("throws", "threw", "thrown", "throwing"),
    "blow": ("blows", "blew", "blown", "blowing"),
    "burn": ("burns", "burned", "burnt", "burning"),
    "set": ("sets", "setting"),
    "hit": ("hits", "hitting"),
    "break": ("breaks", "broke", "broken", "breaking"),
    "stab": ("stabs", "stabbed", "stabbing", "stabbings"),
    "rob": ("robs", "robbed", "robbing", "robbery", "robberies", "robber", "robbers"),
    "kidnap": ("kidnaps", "kidnapped", "kidnapping", "kidnappings", "kidnapper", "kidnappers"),
    "gun": ("guns", "gunned", "gunning"),
    "sit": ("sits", "sat", "sitting"),
    "flee": ("flees", "fled", "fleeing"),
    "lead": ("leads", "led", "leading"),
    "mob": ("mobs", "mobbed"),
    "shell": ("shells", "shelled", "shelling", "shellings"),
    "stone": ("stones", "stoned", "stoning"),
    "rally": ("rallies", "rallied", "rallying"),
    "die": ("dies", "died", "dying"),
    "lie": ("lies", "lay", "lying"),
    "march": ("marches", "marched", "marching", "marcher", "marchers"),
    "hurl": ("hurls", "hurled", "hurling"),
    "drive": ("drives", "drove", "driven", "driving"),
    "strike": ("strikes", "struck", "striking", "striker", "strikers"),
    "storm": ("storms", "stormed", "storming"),
}


def words(text: str, sep: str | None = None) -> frozenset[str]:
    """A set of words written as one whitespace-separated string (or names separated by `sep`:
    "New York|New Jersey"). The one helper every word list is written with."""
    return frozenset(text.split(sep))


@lru_cache(maxsize=4096)
def inflections(word: str) -> frozenset[str]:
    """The word with its regular (and listed irregular) verb and noun inflections."""
    word = word.lower()
    forms = {word}
    if word in _IRREGULAR:
        forms.update(_IRREGULAR[word])
        return frozenset(forms)
    if word.endswith("e"):
        forms.update((word + "s", word + "d", word[:-1] + "ing"))
    elif word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        forms.update((word[:-1] + "ies", word[:-1] + "ied", word + "ing"))
    elif word.endswith(("s", "sh", "ch", "x", "z")):
        forms.update((word + "es", word + "ed", word + "ing"))
    else:
        forms.update((word + "s", word + "ed", word + "ing"))
        if (
            len(word) >= 3
            and word[-1] in "bdglmnprt"
            and word[-2] in "aeiou"
            and word[-3] not in "aeiou"
        ):
            # "repelled", "patrolling": both spellings are harmless to list
            forms.update((word + word[-1] + "ed", word + word[-1] + "ing"))
    return frozenset(forms)


# --- Actors -----------------------------------------------------------------------------------

STATE_POLICE: frozenset[str] = words(
    """police policeman policemen policewoman policewomen cop cops officer officers constable
    constables gendarmerie gendarme gendarmes sheriff deputies deputy trooper troopers swat
    carabinieri guardia carabineros hisbah"""
)
"""Nouns for police; "officer" alone is police in crime news (soldiers are named as such)."""

STATE_MILITARY: frozenset[str] = words(
    """soldier soldiers troops troop army military armed_forces navy marines marine airforce
    paratroopers commandos commando battalion brigade regiment servicemen serviceman
    peacekeepers peacekeeper guardsmen jets warplanes warplane aircraft helicopters
    helicopter drone drones fardc tatmadaw idf amisom monusco minusma barkhane unmiss andsf
    fama sspdf endf"""
)
"""Nouns for state military (aircraft stand for the air force that flies them)."""

RANKS: frozenset[str] = words(
    """colonel colonels lieutenant lieutenants sergeant sergeants corporal corporals brigadier
    brigadiers lieutenant-colonel major-general"""
)
"""Military ranks used as nouns ("a colonel was shot"): members of a force."""

SECURITY_FORCES: frozenset[str] = words(
    "forces force personnel agents agent guards guard intelligence authorities"
)
"""Heads that are state forces when qualified ("security forces", "regime forces")."""

STATE_QUALIFIERS: frozenset[str] = words(
    """security government regime state federal national army military police special counter-
    terrorism counterterrorism armed defence defense border riot anti-riot presidential
    republican joint allied coalition naval air civil municipal judicial"""
)

NONSTATE_ARMED: frozenset[str] = words(
    """militant militants gunman gunmen rebel rebels insurgent insurgents terrorist terrorists
    jihadist jihadists jihadi jihadis militia militias militiaman militiamen fighters
    fighter bandit bandits assailant assailants attacker attackers extremist extremists
    separatist separatists guerrilla guerrillas guerrillas hitman hitmen sicarios sicario
    kidnappers kidnapper gangster gangsters gang gangs cartel cartels mafia gunfighters
    raiders raider abductors abductor shooter shooters killer killers robbers robber thugs
    thug perpetrators perpetrator suspect suspects vigilante vigilantes traffickers trafficker
    narcos narco dissidents dissident paramilitaries paramilitary mercenaries mercenary
    combatants combatant islamists islamist cultists cultist outlaws outlaw secessionists
    secessionist pirates pirate rustlers rustler warlord warlords militiamen"""
)
"""Non-state armed actors (in crime news a "suspect" is whoever attacked)."""

GANG_WORDS: frozenset[str] = words(
    "gang gangs gangster gangsters cartel cartels mafia sicario sicarios hitman hitmen"
)

CIVILIAN: frozenset[str] = words(
    """schoolgirls schoolgirl schoolboys schoolboy schoolchildren
    civilian civilians villager villagers resident residents people person persons man men
    woman women boy boys girl girls child children kid kids teenager teenagers teen teens
    youth youths baby infant farmer farmers herder herders fisherman fishermen worker
    workers student students teacher teachers pupil pupils journalist journalists reporter
    merchant merchants trader traders vendor vendors driver drivers passenger passengers
    shopkeeper businessman businessmen family families couple wife husband mother father son
    daughter brother sister relatives neighbour neighbor neighbours neighbors pedestrian
    pedestrians worshippers worshipers pastor priest imam cleric doctor doctors nurse nurses
    patient patients activist activists leader leaders councillor councilor official
    officials chief elder elders customer customers employee employees staff victim victims
    bystander bystanders motorist motorists migrant migrants refugee refugees idps displaced
    locals local inhabitants citizen citizens individual individuals miner miners farmworker
    labourer laborer labourers laborers owner owners mayor candidate politician lawyer judge
    villages hostage hostages prisoner prisoners inmate inmates girlfriend boyfriend ex-
    girlfriend ex-boyfriend friend friends cousin nephew niece grandmother grandfather uncle
    aunt toddler homeowner clerk cashier guard sellers seller thief thieves shopkeepers
    entrepreneurs taxi motorcyclist motorcyclists cyclist churchgoers mourners congregants
    parishioners"""
)
"""People who are (presumed) unarmed. "guard" is here and in SECURITY_FORCES: a security guard
shot in a robbery is a civilian; "border guards" are state forces (qualifiers decide)."""

PROTESTERS: frozenset[str] = words(
    """protester protesters protestor protestors demonstrator demonstrators marchers marcher
    strikers striker picketers"""
)
RIOTERS: frozenset[str] = words("rioter rioters mob mobs looters looter")

LABOUR: frozenset[str] = words(
    """worker workers employees employee staff labourers laborers drivers driver traders
    vendors merchants miners nurses doctors teachers unionists union unions farmers
    farmworkers physicians interns"""
)
STUDENTS: frozenset[str] = words("student students pupils")

# Named non-state groups: lower-case surface forms -> ACLED-style name.
NAMED_GROUPS: dict[str, str] = {
    "boko haram": "Boko Haram",
    "jas": "Boko Haram",
    "iswap": "Islamic State (West Africa)",
    "islamic state west africa province": "Islamic State (West Africa)",
    "islamic state": "Islamic State",
    "is": "Islamic State",
    "isis": "Islamic State",
    "isil": "Islamic State",
    "daesh": "Islamic State",
    "al shabaab": "Al Shabaab",
    "al-shabaab": "Al Shabaab",
    "al shabab": "Al Shabaab",
    "al-shabab": "Al Shabaab",
    "shabaab": "Al Shabaab",
    "taliban": "Taliban",
    "al qaeda": "Al Qaeda",
    "al-qaeda": "Al Qaeda",
    "aqim": "AQIM: Al Qaeda in the Islamic Maghreb",
    "jnim": "JNIM: Group for Support of Islam and Muslims",
    "hts": "Hayat Tahrir al Sham",
    "hayat tahrir al-sham": "Hayat Tahrir al Sham",
    "hamas": "Hamas Movement",
    "hezbollah": "Hezbollah",
    "houthi": "Houthi Movement",
    "houthis": "Houthi Movement",
    "pro-houthi": "Houthi Movement",
    "ansar allah": "Houthi Movement",
    "pkk": "PKK: Kurdistan Workers Party",
    "ypg": "YPG: People's Protection Units",
    "sdf": "QSD: Syrian Democratic Forces",
    "qsd": "QSD: Syrian Democratic Forces",
    "farc": "FARC: Revolutionary Armed Forces of Colombia",
    "eln": "ELN: National Liberation Army",
    "npa": "NPA: New People's Army",
    "new people's army": "NPA: New People's Army",
    "maoists": "Naxal-Maoist Rebels",
    "maoist": "Naxal-Maoist Rebels",
    "naxals": "Naxal-Maoist Rebels",
    "naxalites": "Naxal-Maoist Rebels",
    "adf": "ADF: Allied Democratic Forces",
    "m23": "M23: March 23 Movement",
    "codeco": "CODECO: Cooperative for Development of Congo",
    "mai-mai": "Mai-Mai Militia",
    "mai mai": "Mai-Mai Militia",
    "abu sayyaf": "Abu Sayyaf Group",
    "lashkar-e-taiba": "Lashkar-e-Taiba",
    "jaish-e-mohammed": "Jaish-e-Mohammed",
    "hizbul mujahideen": "Hizbul Mujahideen",
    "ttp": "TTP: Tehreek-i-Taliban Pakistan",
    "arakan army": "AA: Arakan Army",
    "aa": "AA: Arakan Army",
    "kia": "KIA: Kachin Independence Army",
    "ambazonian separatists": "Ambazonian Separatists",
    "amba boys": "Ambazonian Separatists",
    "al-nusra": "Hayat Tahrir al Sham",
    "wagner": "Wagner Group",
    "wagner group": "Wagner Group",
    "janjaweed": "Janjaweed Militia",
    "rsf": "RSF: Rapid Support Forces",
    "lra": "LRA: Lord's Resistance Army",
    "ms-13": "MS-13: Mara Salvatrucha",
    "mara salvatrucha": "MS-13: Mara Salvatrucha",
    "barrio 18": "Barrio 18",
    "cjng": "CJNG: Jalisco New Generation Cartel",
    "jalisco new generation cartel": "CJNG: Jalisco New Generation Cartel",
    "sinaloa cartel": "Sinaloa Cartel",
    "gulf cartel": "Gulf Cartel",
    "zetas": "Los Zetas",
    "los zetas": "Los Zetas",
    "pcc": "PCC: First Capital Command",
    "comando vermelho": "CV: Red Command",
    "red command": "CV: Red Command",
    "tren de aragua": "Tren de Aragua",
    # communal and pro-government militias, rebels of the Sahel, the Great Lakes, the Horn,
    # Myanmar and the Philippines
    "vdp": "VDP: Volunteers for the Defense of the Homeland",
    "volunteers for the defense of the homeland": "VDP: Volunteers for the Defense of the Homeland",
    "dozo": "Dozo Communal Militia",
    "dozos": "Dozo Communal Militia",
    "koglweogo": "Koglweogo Militia",
    "dan na ambassagou": "Dan Na Ambassagou",
    "cjtf": "CJTF: Civilian Joint Task Force",
    "civilian jtf": "CJTF: Civilian Joint Task Force",
    "amotekun": "Amotekun",
    "imbonerakure": "Imbonerakure",
    "anti-balaka": "Anti-Balaka",
    "anti balaka": "Anti-Balaka",
    "ex-seleka": "Ex-Seleka",
    "upc": "UPC: Unity for Peace in Central Africa",
    "fprc": "FPRC: Popular Front for the Renaissance of Central Africa",
    "nyatura": "Nyatura Militia",
    "fdlr": "FDLR: Democratic Forces for the Liberation of Rwanda",
    "raia mutomboki": "Raia Mutomboki Militia",
    "twirwaneho": "Twirwaneho",
    "fano": "Fano Militia",
    "ola": "OLA: Oromo Liberation Army",
    "oromo liberation army": "OLA: Oromo Liberation Army",
    "tplf": "TPLF: Tigray People's Liberation Front",
    "splm-io": "SPLM/A-IO: Sudan People's Liberation Movement/Army-In Opposition",
    "spla-io": "SPLM/A-IO: Sudan People's Liberation Movement/Army-In Opposition",
    "iskp": "Islamic State (Khorasan)",
    "isis-k": "Islamic State (Khorasan)",
    "isgs": "Islamic State (Greater Sahara)",
    "iscap": "Islamic State (Central Africa)",
    "aqap": "AQAP: Al Qaeda in the Arabian Peninsula",
    "ansaroul islam": "Ansaroul Islam",
    "katiba macina": "Katiba Macina",
    "biff": "BIFF: Bangsamoro Islamic Freedom Fighters",
    "pdf": "PDF: People's Defense Force",
    "knu": "KNU: Karen National Union",
    "knla": "KNLA: Karen National Liberation Army",
    "tnla": "TNLA: Ta'ang National Liberation Army",
    "mndaa": "MNDAA: Myanmar National Democratic Alliance Army",
    "clan del golfo": "Clan del Golfo",
    "gulf clan": "Clan del Golfo",
    "pmf": "PMF: Popular Mobilization Forces",
    "hashd al-shaabi": "PMF: Popular Mobilization Forces",
}

SHORT_WORD_GROUPS: frozenset[str] = words("dozo fano")
"""Short group names that are words, not acronyms: "Dozo" counts as well as "DOZO"."""

# Country demonyms and adjectives -> the country's name (as GeoNames writes it).
DEMONYMS: dict[str, str] = {
    "afghan": "Afghanistan", "albanian": "Albania", "algerian": "Algeria",
    "angolan": "Angola", "argentine": "Argentina", "argentinian": "Argentina",
    "armenian": "Armenia", "australian": "Australia", "austrian": "Austria",
    "azerbaijani": "Azerbaijan", "azeri": "Azerbaijan", "bahraini": "Bahrain",
    "bangladeshi": "Bangladesh", "belarusian": "Belarus", "belgian": "Belgium",
    "beninese": "Benin", "bolivian": "Bolivia", "bosnian": "Bosnia and Herzegovina",
    "brazilian": "Brazil", "british": "United Kingdom", "bulgarian": "Bulgaria",
    "burkinabe": "Burkina Faso", "burmese": "Myanmar", "burundian": "Burundi",
    "cambodian": "Cambodia", "cameroonian": "Cameroon", "canadian": "Canada",
    "chadian": "Chad", "chilean": "Chile", "chinese": "China", "colombian": "Colombia",
    "congolese": "Democratic Republic of the Congo", "croatian": "Croatia", "cuban": "Cuba",
    "cypriot": "Cyprus", "czech": "Czechia", "danish": "Denmark", "dominican": "Dominican Republic",
    "dutch": "Netherlands", "ecuadorian": "Ecuador", "egyptian": "Egypt",
    "salvadoran": "El Salvador", "eritrean": "Eritrea", "estonian": "Estonia",
    "ethiopian": "Ethiopia", "filipino": "Philippines", "philippine": "Philippines",
    "finnish": "Finland", "french": "France", "gabonese": "Gabon", "gambian": "Gambia",
    "georgian": "Georgia", "german": "Germany", "ghanaian": "Ghana", "greek": "Greece",
    "guatemalan": "Guatemala", "guinean": "Guinea", "haitian": "Haiti",
    "honduran": "Honduras", "hungarian": "Hungary", "indian": "India",
    "indonesian": "Indonesia", "iranian": "Iran", "iraqi": "Iraq", "irish": "Ireland",
    "israeli": "Israel", "italian": "Italy", "ivorian": "Ivory Coast", "jamaican": "Jamaica",
    "japanese": "Japan", "jordanian": "Jordan", "kazakh": "Kazakhstan", "kenyan": "Kenya",
    "kosovar": "Kosovo", "kuwaiti": "Kuwait", "kyrgyz": "Kyrgyzstan", "lao": "Laos",
    "laotian": "Laos", "latvian": "Latvia", "lebanese": "Lebanon", "liberian": "Liberia",
    "libyan": "Libya", "lithuanian": "Lithuania", "malagasy": "Madagascar",
    "malawian": "Malawi", "malaysian": "Malaysia", "malian": "Mali", "mauritanian": "Mauritania",
    "mexican": "Mexico", "moldovan": "Moldova", "mongolian": "Mongolia",
    "montenegrin": "Montenegro", "moroccan": "Morocco", "mozambican": "Mozambique",
    "namibian": "Namibia", "nepali": "Nepal", "nepalese": "Nepal", "nicaraguan": "Nicaragua",
    "nigerien": "Niger", "nigerian": "Nigeria", "north korean": "North Korea",
    "norwegian": "Norway", "omani": "Oman", "pakistani": "Pakistan",
    "palestinian": "Palestinian Territory", "panamanian": "Panama", "paraguayan": "Paraguay",
    "peruvian": "Peru", "polish": "Poland", "portuguese": "Portugal", "qatari": "Qatar",
    "romanian": "Romania", "russian": "Russia", "rwandan": "Rwanda", "saudi": "Saudi Arabia",
    "senegalese": "Senegal", "serbian": "Serbia", "sierra leonean": "Sierra Leone",
    "singaporean": "Singapore", "slovak": "Slovakia", "slovenian": "Slovenia",
    "somali": "Somalia", "south african": "South Africa", "south korean": "South Korea",
    "south sudanese": "South Sudan", "spanish": "Spain", "sri lankan": "Sri Lanka",
    "sudanese": "Sudan", "swedish": "Sweden", "swiss": "Switzerland", "syrian": "Syria",
    "taiwanese": "Taiwan", "tajik": "Tajikistan", "tanzanian": "Tanzania", "thai": "Thailand",
    "togolese": "Togo", "tunisian": "Tunisia", "turkish": "Turkey", "turkmen": "Turkmenistan",
    "ugandan": "Uganda", "ukrainian": "Ukraine", "emirati": "United Arab Emirates",
    "american": "United States", "u.s.": "United States",
    "uruguayan": "Uruguay", "uzbek": "Uzbekistan", "venezuelan": "Venezuela",
    "vietnamese": "Vietnam", "yemeni": "Yemen", "zambian": "Zambia", "zimbabwean": "Zimbabwe",
}  # fmt: skip

REFLEXIVES: frozenset[str] = words(
    "himself herself itself themselves ourselves myself yourself yourselves"
)

# --- People's jobs ---------------------------------------------------------------------------

PERSON_TITLES: frozenset[str] = words(
    """officer detective deputy sheriff undersheriff trooper constable marshal agent
    investigator inspector sergeant sgt corporal cpl lieutenant lt captain capt major colonel
    col general gen commander private chief commissioner superintendent supt
    attorney prosecutor da judge justice coroner examiner
    president vice minister secretary governor gov mayor senator sen rep representative
    councilman councilwoman alderman
    pastor reverend rev bishop imam sheikh
    spokesman spokeswoman spokesperson coach principal director manager doctor professor prof
    dr"""
)
"""A person's job or title, singular, as it is written before a name ("Sgt. Ann Lee", "District
Attorney Ann Lee") or after it in apposition ("Ann Lee, a county spokesman"); abbreviations
without their dot. The one list `who`, `quotes`, `where.local_names` and `group.text` read; each
adds or takes away what its own use needs."""


# --- Deaths ---------------------------------------------------------------------------------

DEATH_VERBS: frozenset[str] = words("die succumb pronounce declare pass perish")
"""The lemmas of the verbs a victim's death is told with ("died Sunday", "succumbed to his
wounds", "was pronounced / declared dead", "passed away", "perished"): a date hung on one is
the day of a death, which may come days after the violence. `when` dates the event by the
shooting then (`_death`), and `counts` does not take such a day for the shooting's own when it
weighs a toll told of an earlier period (`other_events._a_period_before_the_day`)."""


# --- Reporting --------------------------------------------------------------------------------

AGENCIES: dict[str, str] = {
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "french news agency": "AFP",
    "ap": "AP",
    "associated press": "AP",
    "the associated press": "AP",
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "efe": "EFE",
    "ansa": "ANSA",
    "dpa": "DPA",
    "xinhua": "Xinhua",
    "anadolu": "Anadolu",
    "anadolu agency": "Anadolu",
    "tass": "TASS",
    "ria novosti": "RIA Novosti",
    "interfax": "Interfax",
    "upi": "UPI",
    "united press international": "UPI",
    "pti": "PTI",
    "press trust of india": "PTI",
    "ians": "IANS",
    "ani": "ANI",
    "yonhap": "Yonhap",
    "kyodo": "Kyodo",
    "bernama": "Bernama",
    "europa press": "Europa Press",
    "lusa": "Lusa",
    "notimex": "Notimex",
    "canadian press": "The Canadian Press",
    "the canadian press": "The Canadian Press",
    "press association": "PA",
    "aap": "AAP",
    "bloomberg": "Bloomberg",
}
"""Wire services and news agencies: surface form -> the name reconcile compares."""

OUTLET_WORDS: frozenset[str] = words(
    """news times post tribune journal herald gazette daily telegraph guardian chronicle bbc
    cnn nbc cbs abc fox msnbc npr pbs wsj nyt television tv radio newspaper magazine press
    media agency network channel broadcaster wire reuters afp"""
)
"""Words that make an organisation name an outlet (kept out of `names`)."""

PLATFORMS: dict[str, str] = {
    "twitter": "Twitter",
    "facebook": "Facebook",
    "instagram": "Instagram",
    "telegram": "Telegram",
    "youtube": "YouTube",
    "tiktok": "TikTok",
    "whatsapp": "WhatsApp",
    "x": "X",
}

SPEECH_VERBS: frozenset[str] = words(
    """say tell state add explain claim announce report confirm deny insist warn allege note
    remark write tweet post acknowledge assert declare comment describe recall recount
    reveal indicate suggest argue contend maintain testify admit estimate predict vow urge
    stress affirm disclose inform"""
)
"""Lemmas of verbs that introduce what someone said."""

SPEAKER_AFTER_NAME: frozenset[str] = words("say tell add explain confirm state report")
"""The plain verbs of saying that, right after a name, make it the one who tells ("the death of
John Roe, 53, Sgt. Jim Poe said"): the commonest of SPEECH_VERBS, whose rarer ones ("recalled",
"described", "admitted") follow a victim's name as often as a speaker's."""

SPEAKER_OF_CLAUSE: frozenset[str] = words("say tell allege report claim confirm believe")
"""The verbs after the subject the parser gave a verb of violence that make that subject the
one who tells it ("the teen who deputies say shot two people", "police believe"): verbs of saying
and "believe", which tells the same thing of whoever holds the belief."""
