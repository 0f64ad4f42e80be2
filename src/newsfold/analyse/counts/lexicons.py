"""The words the count rules read: casualty verbs, adjectives and nouns by the field they count,
words of people, of the attackers' side, of personnel, of things that are never people, and the
casualty words `annotate` starts from (`TRIGGER_WORDS`, looked up by hash)."""

from __future__ import annotations

from newsfold.analyse.lexicon import words as _words
from newsfold.analyse.nlp import sorted_hashes

# verbs whose object (active) or subject (passive) are the people the field counts
TRANSITIVE: dict[str, str] = {
    "kill": "fatalities",
    "murder": "fatalities",
    "slay": "fatalities",
    "execute": "fatalities",
    "assassinate": "fatalities",
    "behead": "fatalities",
    "lynch": "fatalities",
    "massacre": "fatalities",
    "slaughter": "fatalities",
    "wound": "injuries",
    "injure": "injuries",
    "hurt": "injuries",
    "maim": "injuries",
    "shoot": "hit",
    "stab": "hit",
    "hospitalize": "hit",
    "hospitalise": "hit",
    "beat": "hit",
    "hack": "hit",
    "stone": "hit",
    "torture": "hit",
    "strangle": "hit",
    "club": "hit",
    "bludgeon": "hit",
    "arrest": "arrested",
    "detain": "arrested",
    "apprehend": "arrested",
    "kidnap": "kidnapped",
    "abduct": "kidnapped",
    "displace": "displaced",
    "uproot": "displaced",
    "evacuate": "displaced",
}


# verbs whose subject is the people counted
INTRANSITIVE: dict[str, str] = {
    "die": "fatalities",
    "perish": "fatalities",
    "succumb": "fatalities",
    "flee": "displaced",
}


# adjectives (and participles used as such): "two people are dead", "left three injured"
ADJECTIVES: dict[str, str] = {
    "dead": "fatalities",
    "deceased": "fatalities",
    "injured": "injuries",
    "wounded": "injuries",
    "hurt": "injuries",
    "hospitalized": "hit",
    "hospitalised": "hit",
    "displaced": "displaced",
    "homeless": "displaced",
    "missing": "",
}


# nouns counted by their number: "12 deaths", "three bodies", "the deaths of two men"
NOUNS: dict[str, str] = {
    "death": "fatalities",
    "fatality": "fatalities",
    "body": "fatalities",
    "corpse": "fatalities",
    "dead": "fatalities",
    "injury": "injuries",
    "wounded": "injuries",
    "injured": "injuries",
    "arrest": "arrested",
    "hostage": "kidnapped",
    "displaced": "displaced",
}


TOLL_NOUNS = frozenset({"toll", "tally", "count"})

# verbs whose active subject is the one who attacked ("Pitts shot both of his parents")
ATTACK_VERBS = frozenset({"shoot", "kill", "murder", "stab", "wound", "ambush", "gun"})


FIELDS = ("fatalities", "injuries", "arrested", "kidnapped", "displaced")


PERSON_WORDS = _words("""
    person people man men woman women boy boys girl girls child children kid kids teen teens
    teenager teenagers youth youths baby babies infant toddler adult adults victim victims
    resident residents civilian civilians bystander bystanders student students pupil
    officer officers policeman policemen policewoman soldier soldiers troop troops trooper
    deputy deputies agent agents guard guards fighter fighters militant militants rebel rebels
    insurgent insurgents gunman gunmen suspect suspects shooter attacker attackers assailant
    robber robbers driver drivers passenger passengers worker workers farmer farmers villager
    villagers protester protesters protestor protestors demonstrator demonstrators journalist
    journalists reporter member members element elements personnel cadre cadres combatant
    combatants militiaman militiamen jihadist jihadists terrorist terrorists miner miners
    pilgrim pilgrims migrant migrants refugee refugees prisoner prisoners inmate inmates
    patient patients nurse nurses doctor doctors husband wife father mother son daughter
    brother sister uncle aunt cousin nephew niece grandmother grandfather grandson
    granddaughter parent parents friend friends neighbor neighbour neighbors neighbours
    girlfriend boyfriend fiance fiancee couple pair twins family families relative relatives
    sibling siblings spouse owner owners employee employees customer customers clerk cashier
    guest guests individual individuals pedestrian pedestrians motorist motorists cyclist
    leader leaders commander commanders official officials chief chiefs teacher teachers
    pastor priest imam worshipper worshippers herder herders herdsman herdsmen trader traders
    vendor vendors shopkeeper employee staff crew sailor sailors pilot pilots ranger rangers
    gendarme gendarmes policemen cop cops sheriff marshal constable jawan jawans
    contractor contractors shepherd shepherds hunter hunters fisherman fishermen occupant
    occupants tenant tenants homeowner resident partner roommate acquaintance stranger
    intruder burglar robber carjacker perpetrator killer hostage hostages captive captives
    gangster gangsters gang member bodyguard bodyguards security militia one other others
    male males female females juvenile juveniles minor minors
    """)


SUSPECT_WORDS = _words("""
    suspect gunman shooter attacker assailant robber intruder perpetrator burglar carjacker
    killer bomber
    insurgent militant jihadist rebel bandit terrorist
    """)
"""The attackers' side: their dead add to their victims' ("three soldiers were killed ...
nine insurgents were killed": 12, as ACLED counts every death of an event), and a count that
says it includes them is the total ("12 people were killed, including five militants")."""


PERSONNEL_WORDS = _words("""
    personnel troops troop soldiers officers policemen police agents guardsmen gendarmes
    forces marines paratroopers commandos reinforcements security deputies troopers
    """)


DEPLOY_VERBS = _words("""
    deploy dispatch send mobilize mobilise station involve participate take deploy join post
    surround mass position assign
    """)


ANIMALS = _words(
    """
    livestock cattle cow cows goat goats sheep camel camels dog dogs animal animals horse horses
    pig pigs chicken chickens donkey donkeys bird birds cat cats deer elephant elephants
    turkey turkeys bear bears coyote coyotes hog hogs boar rabbit rabbits squirrel squirrels
    duck ducks goose geese wolf wolves fox foxes bull bulls puppy puppies kitten kittens pet pets
    canine canines k-9 k9 calf calves pony ponies mule mules steer steers bison moose elk
    raccoon raccoons llama llamas alpaca alpacas
    """
)
"""Animals: never the people a count is of ("a pit bull was shot and killed"), and a
headline's death of one is no one's (`article._animal_deaths_only`: "Dog killed in shooting")."""


NON_PERSON = ANIMALS | _words(
    """
    car cars vehicle vehicles house houses home homes building buildings window windows
    tire tires truck trucks door doors wall walls bus buses engine idea plan project deal
    plant plants crop crops tree trees business businesses shop shops store stores time
    game games match matches contest bill bills proposal proposals motion legislation measure
    momentum chance chances hope hopes mood rumour rumor story shooting gunfire fire fighting
    violence noise wind storm protest protests
    spree sprees rampage rampages attack attacks incident incidents ambush ambushes gunfight
    gunfights shootout shootouts crash crashes accident accidents explosion explosions blast
    blasts raid raids clash clashes
    warrant warrants order orders search searches heart hearts feeling feelings pride
    reputation career economy
    """
)
"""Things, animals and events, never the people a count is of ("a shooting spree that left
four people injured": the spree is not one of the injured; "a wounded turkey" in a hunting
accident, "execute a search warrant", "it hurt my heart")."""


PAIRS = {"couple": 2, "pair": 2, "duo": 2, "trio": 3, "twins": 2, "twin": 1, "both": 2}


PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


MALE = _words(
    "man men boy boys he him himself father son brother husband uncle nephew grandfather "
    "grandson boyfriend policeman"
)


FEMALE = _words(
    "woman women girl girls she her herself mother daughter sister wife aunt niece grandmother "
    "granddaughter girlfriend policewoman"
)


HYPOTHETICAL_HEADS = _words(
    "try attempt threaten plan want seek vow intend fear aim prepare plot conspire scheme"
)


MODALS = frozenset({"could", "would", "might", "may", "should", "must", "can"})


CONDITION_WORDS = frozenset({"critical", "serious", "stable", "fair", "good", "grave"})


# "four others were in the hospital", "two victims arrived at a hospital"; "go": "Three riders
# on the train went to the hospital" (after a shooting, the wounded; a visit "as a precaution"
# is `harm_cause`'s)
STAY_VERBS = _words("be remain arrive show stay lie go")


TRANSPORT_VERBS = _words(
    "take transport rush airlift fly send bring drive carry admit hospitalize hospitalise land"
)


MULTIPLE_NOUNS = {
    "shooting": "hit",
    "stabbing": "hit",
    "homicide": "fatalities",
    "murder": "fatalities",
    "killing": "fatalities",
    "slaying": "fatalities",
    "murder-suicide": "fatalities",
    "suicide": "fatalities",
}


MULTIPLES = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}


# nouns that name a killing, counted by whom they name: "the killing of two teens", "the
# slaying of a clerk", "the fatal shooting of a classmate" (a shooting only when fatal/deadly)
KILLING_NOUNS = frozenset({"killing", "killings", "slaying", "slayings", "murder", "murders"})


FATAL_MODIFIERS = frozenset({"fatal", "deadly"})


PROTEST_WORDS = _words(
    "protest demonstrate demonstration rally march vigil sit-in picket mourn commemorate "
    "denounce condemn"
)


REVENGE_WORDS = _words("retaliation reprisal revenge retaliate avenge")


VAGUE_DETERMINERS = _words("several many multiple numerous few both dozens hundreds scores")


NEW_PERSON_WORDS = _words("another second third fourth fifth sixth")


OTHER_WORDS = _words("other another more additional further second third fourth fifth sixth")


TRIGGER_WORDS = frozenset(
    set(TRANSITIVE)
    | set(INTRANSITIVE)
    | set(ADJECTIVES)
    | set(NOUNS)
    | TOLL_NOUNS
    | TRANSPORT_VERBS
    | STAY_VERBS
    | _words(
        "shot wounded injured slain lose pass turn take code cod put estimate stand rise climb "
        "reach suffer sustain treat receive leave find pronounce declare confirm report hit "
        "strike graze claim cost condition shooting stabbing homicide murder killing slaying "
        "murder-suicide suicide save identify fight survive decedent revive remove end"
    )
)
"""Every word a casualty reading can start from: the tokens `annotate` looks at."""


TRIGGER_HASHES = sorted_hashes(TRIGGER_WORDS)


PERSONNEL_HASHES = sorted_hashes(PERSONNEL_WORDS)
