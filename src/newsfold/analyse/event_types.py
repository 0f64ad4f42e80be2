"""The trigger lexicon for ACLED's event types: which words signal which kind of event.

Each cue label maps to phrases. A phrase is words separated by spaces; each word matches its
inflected forms (`lexicon.inflections`), a word written `=word` matches only itself, and `a|b`
matches either word. Hyphenated words match with or without the hyphen tokens. Written for the
project from ACLED's codebook definitions; nothing here is learnt from benchmark data.
"""

from __future__ import annotations

from newsfold.analyse import lexicon as lx

CUES: dict[str, tuple[str, ...]] = {
    # --- Demonstrations ---------------------------------------------------------------------
    "PROTEST": (
        "protest", "protester", "protestor", "demonstrate", "demonstration", "demonstrator",
        "rally", "march", "marcher", "sit-in", "sit in", "=sit-ins", "picket", "vigil",
        "hunger strike", "general strike", "=strike|strikes", "=struck work", "went|go on strike",
        "boycott", "motorcade", "cacerolazo", "banged|banging pots", "dharna", "gherao",
        "blockade", "=blocked|blocking|block|blocks", "=roadblock|roadblocks",
        "=road block", "=took over",
        "walkout", "walk-out", "=walked out", "=staged", "=gathered in|at|outside|near",
        "petition", "picketing", "=gathering", "=rallied", "=placards", "=slogans",
        "=chanting", "=chanted", "=honked", "=pot-banging", "effigy", "=effigies",
        "=took to the streets", "=take to the streets", "human chain", "bandh", "hartal",
        "=shutdown", "=downed tools", "=signature campaign", "caravan", "cavalcade",
        "=demo|demos", "=assembled in|at|outside|near", "=encampment",
        "=peaceful|protest|candlelight|candle-light|torch procession|processions",
    ),
    "DEMO_RIOT": (
        "throw stone|stones|rocks|bricks|projectiles|bottles",
        "=threw stones|rocks|bricks|projectiles|bottles",
        "hurl stone|stones|rocks|bricks|projectiles", "pelt", "stone-pelting", "stone pelting",
        "burn tyre|tyres|tire|tires", "=burned|burnt|burning rubber tires|tyres", "molotov",
        "petrol bomb", "=barricades", "barricade", "=barricaded",
        "=fired|firing|shot|shooting into|in the air", "=fired|firing|shot|shooting into|in air",
        "=burning objects|debris|garbage|tyres|tires|tires|logs|barricades",
        "=threw|hurled objects|chairs|debris|firecrackers|fireworks|eggs|water bottles",
    ),
    "RIOT": ("riot", "rioter", "=rioting", "=turned violent", "=became violent", "mob"),
    "VIOLENT_DEMO": (
        "set fire", "=set ablaze", "torch", "vandalise", "vandalize", "ransack", "loot",
        "=stormed", "=damaged", "=beat|beaten", "=attacked", "=injuring", "=clashed", "=clashes",
        "=scuffle", "=scuffled", "=force themselves", "=forced their way", "=broke into",
        "=broke through", "=assaulted", "=retaliate", "smash", "=stoned", "=pushed",
        "=destroyed", "=fought",
    ),
    "MOB": (
        "lynch", "=lynching", "mob justice", "jungle justice", "vigilante", "scuffle",
        "brawl", "communal clash", "=mob|mobs",
    ),
    "INTERVENTION": (
        "tear gas", "teargas", "tear-gas", "disperse", "rubber bullet", "rubber-coated",
        "water cannon", "baton", "lathi charge", "lathi-charge", "lathicharge", "broke up",
        "break up", "intervene", "stun grenade", "pepper spray", "=used force",
        "=baton-charged", "=lift the blockade", "=removed", "=evicted", "=suppressed",
    ),
    "EXCESSIVE": (
        "live ammunition", "live round", "live bullet", "=live fire",
    ),
    "STOPPED": (
        "=stopped|halted|blocked|prevented|cordoned|surrounded|kettled|chased|pushed|forced",
        "=stopping|halting|blocking|preventing|cordoning|surrounding|chasing|pushing|forcing",
    ),
    # --- Battles ----------------------------------------------------------------------------
    "CLASH": (
        "clash", "fighting", "=fought", "battle", "exchange of fire", "exchange fire",
        "=exchanged fire|gunfire|shots",
        "=traded fire|gunfire|shots", "trade fire",
        "gunfight", "firefight", "gun battle", "gunbattle",
        "shootout", "shoot-out", "skirmish", "=engaged with", "encounter", "ambush",
        "offensive", "repel", "repulse", "hit and run", "crossfire", "cross-fire",
        "fire exchange", "=fight|fights", "confrontation", "=confronted",
        "security operation", "military operation", "=counter-offensive", "=returned fire",
        "=return fire", "=fired back", "=shot back", "=responded with gunfire|fire|gunshots",
        "=incursion|incursions", "invade", "invasion", "=conflict with|between",
        "counterattack", "counter-attack", "=counter attack", "=retaliated", "=engaged",
        "=operation|operations",
    ),
    "TERRITORY": (
        "regain control", "=regained", "recapture", "retake", "=retook", "liberate",
        "take control", "=took control", "seize control", "=seized control", "overrun",
        "=overran", "take over", "=took over", "capture", "territorial gains",
        "gain control", "=fell to", "=restored control", "take back", "=took back",
        "=occupied|occupying", "hand over control", "=handed control", "handover of control",
        "=traded hands", "=changed hands",
    ),
    # --- Explosions / remote violence -------------------------------------------------------
    "AIR": (
        "airstrike", "air strike", "air-strike", "air raid", "airraid", "air attack",
        "drone strike", "drone attack", "=drone|drones", "aerial bombardment", "aerial attack",
        "warplane", "fighter jet", "=jets", "helicopter gunship", "air force", "airforce",
        "bomber", "=uav|uavs", "=aerial bombing",
        "=helicopter|helicopters|aircraft|plane|planes",
    ),
    "SHELL": (
        "shell", "=shelled", "artillery", "mortar", "rocket", "missile", "heavy weapon",
        "projectile", "rpg", "rpgs", "rocket-propelled", "bombardment", "=bombarded", "katyusha",
        "howitzer", "tank fire", "=grenade launcher|launchers", "=anti-aircraft guns",
    ),
    "IED": (
        "ied", "=ieds", "improvised explosive", "landmine", "land mine", "=mine explosion",
        "=mine blast", "anti-personnel mine", "anti-tank mine", "roadside bomb", "car bomb",
        "vbied", "rcied", "=bomb|bombs", "explosive device", "=explosives",
        "=bombing|bombings|bombed",
        "unexploded ordnance", "unexploded ordinance", "uxo",
        "booby trap", "booby-trapped", "sticky bomb", "magnetic bomb", "crude bomb",
        "pipe bomb", "=explosive-laden", "=explosive",
        "=drove|driving|ran|run over a mine", "=stepped|stepping on a mine",
        "=hit|struck|triggered a mine",
    ),
    "EXPLOSION": ("explosion", "blast", "detonate", "explode", "=detonation"),
    "SUICIDE": (
        "suicide bomber", "suicide bombing", "suicide attack", "suicide car bomb",
        "suicide vest", "=blew himself up", "=blew herself up", "suicide bomb", "=suicide bombers",
    ),
    "GRENADE": ("grenade", "hand grenade"),
    "CHEMICAL": (
        "chemical weapon", "chemical attack", "chlorine", "sarin", "nerve agent", "mustard gas",
    ),
    # --- Violence against civilians ---------------------------------------------------------
    "MELEE": (
        "machete", "=sticks", "=stick", "=stones", "=rocks", "=bricks", "=knives", "=knife",
        "=clubs", "=batons",
        "=iron rods", "=rods", "=axes", "=spears", "=arrows", "=bows", "=fists",
    ),
    "FIREARM": (
        "=gun|guns|gunfire|gunshots|rifles|firearms|pistol|pistols|ak-47|bullets",
    ),
    "SMALLARMS": (
        "=small arms", "=sniper|snipers", "=direct fire", "=gunfire", "=rifles",
        "=automatic weapons", "=sniper rifles", "=small and heavy weapons",
    ),
    "FIRE": ("=shots", "=bursts of fire", "=burst of fire"),
    "ABDUCT": (
        "abduct", "abduction", "kidnap", "=taken hostage", "=held hostage", "=took hostage",
        "forcibly disappear", "=forcibly disappeared", "enforced disappearance",
        "forced disappearance", "hostage", "=abductors", "=kidnappers",
    ),
    "SEXUAL": (
        "rape", "=raped", "gang-rape", "=gang-raped", "gang rape", "sexual assault",
        "=sexually assaulted", "sexual violence", "=sexually abused", "molest", "sexual abuse",
    ),
    "VIOLENCE": (
        "kill", "murder", "shoot", "=shot dead", "=gunned down", "stab", "=hacked", "behead",
        "execute", "=opened fire", "open fire", "assassinate", "=assassination", "attack",
        "assault", "=beat|beaten", "=beating",
        "torture", "massacre", "slay", "=slain", "homicide", "strangle", "bludgeon",
        "=found dead", "=dead body", "=body|bodies", "=corpse|corpses", "=burned alive",
        "=burnt alive", "injure", "wound", "=fired at|on|shots|upon", "lynch", "gun down",
        "=shooting|shootings", "=gunshot", "=gunshots", "=hit by a stray bullet", "=killings",
        "=stray bullet", "=raid", "=raided", "=stormed", "=whipped", "=flogged", "=assaulted",
        "=harassed", "=intimidated", "=dead", "=died", "=fired|firing|fires|fire",
        "=neutralised|neutralized|neutralising|neutralizing",
    ),
    # --- Strategic developments -------------------------------------------------------------
    "ARREST": (
        "arrest", "detain", "detention", "=taken into custody", "apprehend", "=rounded up",
        "=nabbed", "=picked up", "=captured", "=charged|arraigned|indicted|convicted",
        "=sentenced",
    ),
    "LOOT": (
        "loot", "plunder", "ransack", "pillage", "set fire to", "=set ablaze", "torch",
        "=set on fire", "=set alight", "=set afire", "=set it on fire",
        "=burnt down", "=burned down", "=burnt|burned", "destroy", "demolish", "raze", "vandalise",
        "vandalize", "arson", "=seized|confiscated|seizure", "=stole|stolen|steal",
        "rustle", "=rustling", "=robbed", "robbery", "=damaged", "extort", "=extortion",
        "=sabotaged", "=sabotage",
    ),
    "DISRUPTED": (
        "defuse", "intercept", "=shot down", "=shoots down", "dismantle", "bomb disposal",
        "arms cache", "weapons cache", "foil", "thwart", "controlled explosion",
        "=safely detonated", "=defused|disarmed", "=neutralised|neutralized|neutralizing",
        "=neutralising",
        "=recovered|found|discovered|unearthed|uncovered",
    ),
    "AGREEMENT": (
        "agreement", "ceasefire", "cease-fire", "truce", "peace deal", "peace accord",
        "peace agreement", "prisoner exchange", "prisoner swap", "reconciliation",
        "=accord|accords",
        "memorandum of understanding", "pact", "=released|freed|release",
        "=signed", "=negotiations|negotiated", "=peace talks", "=exchanged|swapped",
    ),
    "CHANGE": (
        "reinforcement", "patrol", "deploy", "deployment", "convoy", "recruit", "recruitment",
        "mobilise", "mobilize", "mobilisation", "mobilization", "military exercise",
        "=drills", "curfew", "state of emergency", "defect",
        "defection", "surrender", "=withdrew|withdrawal|withdrawn|withdrawing|withdraw",
        "redeploy", "=joined",
        "=arrived", "stationed", "build-up", "fortify", "=trenches", "security measures",
        "movement of forces", "=military build-up", "=extended the ban", "fortification",
        "=formation", "=merger", "=merged", "=disbanded", "=military training",
        "=fortifications", "=affiliation", "=allegiance", "=split from", "=broke away",
        "=reinforced", "=reinforcing",
    ),
    "HQ": (
        "establish base", "=established a base", "set up base", "=set up a base",
        "=headquarters", "=set up camp", "=established a camp", "=new base",
        "=established a new base|camp|position|outpost", "=set up a new base|camp|outpost",
        "=established a base|outpost|position",
    ),
    "OTHER": (
        "=fled", "=displaced", "=idps", "explosive remnants", "mass grave", "=returned",
        "=flee|fleeing", "=evacuated|evacuation|displacement",
    ),
}  # fmt: skip

SPORTS: frozenset[str] = lx.words(
    """match matches goal goals league tournament championship coach season scored score game
    games innings wicket quarterback playoff playoffs midfielder striker fixture semifinal
    semi-final final finals cup club fc united team teams player players touchdown inning
    pitcher olympics medal"""
)
BUSINESS: frozenset[str] = lx.words(
    """shares stocks stock investors market markets revenue profit profits earnings quarterly
    dividend nasdaq dow index bonds bond prices price inflation gdp"""
)
PLACE_NOUNS: frozenset[str] = lx.words(
    """town towns village villages city cities area areas base bases position positions site
    sites hill hills district districts checkpoint checkpoints camp camps territory control
    region regions post posts outpost outposts headquarters airport port road roads locality
    localities front frontline neighbourhood neighborhood sector sectors settlement
    settlements"""
)
"""Objects that make "captured"/"seized" a territorial change rather than an arrest."""

ARMS_NOUNS: frozenset[str] = lx.words(
    """weapon weapons arms ammunition ammunitions explosive explosives bomb bombs ied ieds mine
    mines landmine landmines grenade grenades rifle rifles gun guns rocket rockets missile
    missiles drone drones detonator detonators cache"""
)
"""Objects that make "seized"/"recovered"/"found" a disrupted weapons use."""

NOT_VIOLENCE_OBJECTS: frozenset[str] = lx.words(
    """virus coronavirus covid covid-19 pandemic cancer disease fire fires flames poverty
    corruption hunger epidemic outbreak infection illness drugs climate crime inflation"""
)
"""Things fought against or battled that are not violence ("the fight against the virus")."""

BLOCK_OBJECTS: frozenset[str] = lx.words(
    """road roads highway highways street streets traffic route routes access bridge rails
    railway junction roundabout entrance entrances way avenue intersection corridor crossing
    border"""
)
"""Objects of "blocked" that make it a demonstration ("residents blocked the highway")."""

BACKGROUND_PREPS: frozenset[str] = lx.words(
    "after against over following because about regarding amid despite"
)
"""Prepositions whose object is a cause or topic, not the event ("protested against the killing
of a trader", "clashes over land", "demonstrated after police shot a man")."""

NOT_USE_VERBS: frozenset[str] = lx.words(
    """withdraw deploy deliver sell buy supply acquire manufacture test develop display parade
    purchase send ship import export stockpile"""
)
"""Verbs whose weapon objects are not being used ("withdrew two missile batteries")."""

AGREEMENT_OBJECTS: frozenset[str] = lx.words(
    """agreement deal accord treaty memorandum ceasefire truce pact protocol declaration"""
)
"""Objects that make "signed" an agreement."""

RETURN_FIRE: frozenset[str] = lx.words(
    """back returned return exchanged exchange exchanging responded shootout shoot-out shoot-
    outs shootouts gunfight gunfights firefight firefights gunbattle crossfire repel repelled
    repelling repulse repulsed repulsing retaliated counterattacked counter-attacked"""
)
"""Words of the cues that mean both sides fired."""

NOT_ATTACK_MODIFIERS: frozenset[str] = lx.words(
    "heart panic cyber asthma anxiety ransomware verbal"
)

NON_LETHAL: frozenset[str] = lx.words(
    """tear teargas tear-gas rubber rubber-coated plastic water pepper stun canister canisters
    blanks warning"""
)
"""Words of what police fire to break up a crowd: firing them is an intervention, not an attack
("fired tear gas", "fired rubber bullets", "fired canisters into the crowd")."""

EQUIPMENT_HEADS: frozenset[str] = lx.words(
    """police policemen officers squad squads unit units gear shield shields van vans truck
    trucks vehicle vehicles helmet helmets control act law laws tank tanks force"""
)
"""Nouns a cue word only describes ("riot police", "riot gear", "battle tanks"): the cue names
a kind of force or equipment there, not an event."""

EARLIER_WORDS: frozenset[str] = lx.words("previous earlier past former prior recent recently")
"""Modifiers that put a cue's event at another time ("previous fighting", "recently clashed")."""

SITE_NOUNS: frozenset[str] = lx.words("site sites scene zone zones area areas spot")
"""Places named after an event ("an encounter site", "the blast site")."""

ACCUSING_VERBS: frozenset[str] = lx.words("accuse suspect charge convict blame allege implicate")
"""Verbs whose "of"/"with"/"for" object is an accusation, not a reported event."""

FORCE_WORDS: frozenset[str] = (
    lx.STATE_POLICE | lx.STATE_MILITARY | lx.words("forces security gendarmerie")
)
"""Words that make an "operation" in the same sentence one of state forces."""
