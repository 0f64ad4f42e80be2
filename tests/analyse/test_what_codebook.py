"""analyse/what on notes written for these tests in the style of ACLED's coders, from the
definitions of each event type and sub-event type in ACLED's codebook: several phrasings per
sub-event type (verbs and their synonyms, passive voice, actors named as ACLED names them, several
events in one note, "reportedly", "on an unknown date", "fatalities coded as") and the hard
cases between types (tear gas or live fire at a protest, a clash or an attack on civilians, an
IED defused or exploded, mob violence or a violent demonstration, looting during a riot). The
text is invented; no note is copied from ACLED's data.
"""

from __future__ import annotations

import pytest

from newsfold.analyse.context import Context
from newsfold.analyse.nlp import get_nlp
from newsfold.analyse.what import decide
from newsfold.records import Article


def types(text: str) -> tuple[str | None, str | None]:
    ctx = Context(article=Article(id="t", text=text), doc=get_nlp()(text), anchor=None)
    decision = decide(ctx)
    return (decision.event_type, decision.sub_event_type) if decision else (None, None)


NOTES = [
    (
        "On 12 March 2021, Military Forces of Nigeria engaged Boko Haram militants near Gajiram "
        "(Nganzai, Borno). 7 militants were killed. Fatalities coded as 7.",
        "Battles",
        "Armed clash",
    ),
    (
        "On 3 June 2021, fighting broke out between Al Shabaab and Somali National Army troops in "
        "Bulo Burte (Hiraan). Casualties unknown.",
        "Battles",
        "Armed clash",
    ),
    (
        "On an unknown date between 4 and 6 April 2021, rival factions of the ADF exchanged fire "
        "in Mukakiri forest (Beni, Nord-Kivu). 2 fatalities reported.",
        "Battles",
        "Armed clash",
    ),
    (
        "On 9 July 2021, unidentified gunmen ambushed a police patrol on the road to Kaya "
        "(Sanmatenga, Centre-Nord). Two policemen and one assailant were reportedly killed.",
        "Battles",
        "Armed clash",
    ),
    (
        "On 15 August 2021, CNDD-FDD Imbonerakure and Red Tabara rebels reportedly clashed in "
        "Mabayi (Cibitoke). No fatalities were reported.",
        "Battles",
        "Armed clash",
    ),
    (
        "On 21 May 2021, police officers in Culiacan (Sinaloa) were attacked by armed men, leading"
        " to a shootout in which 3 gunmen died.",
        "Battles",
        "Armed clash",
    ),
    (
        "On 2 February 2021, Taliban militants attacked an Afghan National Army checkpoint in Nad "
        "Ali (Helmand). The attack was repelled; 5 Taliban were killed.",
        "Battles",
        "Armed clash",
    ),
    (
        "On 14 October 2021, Syrian Arab Army forces recaptured the village of Kafr Nubl (Idleb) "
        "from HTS militants after heavy fighting.",
        "Battles",
        "Government regains territory",
    ),
    (
        "On 8 September 2021, the Malian army retook control of the town of Boni (Douentza, Mopti)"
        " from JNIM militants.",
        "Battles",
        "Government regains territory",
    ),
    (
        "On 30 November 2021, Ethiopian National Defense Force troops regained the town of "
        "Lalibela (Amhara) from TPLF forces.",
        "Battles",
        "Government regains territory",
    ),
    (
        "On 5 August 2021, Taliban fighters captured the provincial capital Zaranj (Nimroz) after "
        "heavy fighting with government forces.",
        "Battles",
        "Non-state actor overtakes territory",
    ),
    (
        "On 19 June 2021, M23 rebels seized control of the town of Bunagana (Rutshuru, Nord-Kivu) "
        "after clashes with FARDC.",
        "Battles",
        "Non-state actor overtakes territory",
    ),
    (
        "On 2 November 2021, the town of Kombolcha (Amhara) fell to TPLF forces.",
        "Battles",
        "Non-state actor overtakes territory",
    ),
    (
        "On 11 April 2021, Azerbaijani forces shelled the village of Taghavard (Martuni). No "
        "casualties reported.",
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    ),
    (
        "On 7 January 2021, Houthi forces fired a ballistic missile at Marib city (Marib). 2 "
        "civilians were killed.",
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    ),
    (
        "On 16 March 2021, several mortar rounds landed in a market in Mogadishu (Banadir), "
        "reportedly fired by Al Shabaab. 3 fatalities.",
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    ),
    (
        "On 22 February 2021, rockets were launched at Erbil International Airport (Erbil). One "
        "contractor was killed.",
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    ),
    (
        "On 4 May 2021, Russian artillery struck positions of the Ukrainian Armed Forces near "
        "Vuhledar (Donetsk). No casualties.",
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    ),
    (
        "On 9 March 2021, Syrian and Russian warplanes carried out airstrikes on Ariha (Idleb), "
        "killing 2 civilians.",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    (
        "On 13 May 2021, a US drone struck a vehicle carrying Al Shabaab members near Jilib "
        "(Middle Juba). 4 militants were killed.",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    (
        "On 20 June 2021, the Nigerian Air Force bombed Boko Haram hideouts in the Sambisa forest "
        "(Borno). Fatalities coded as 10.",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    (
        "On 1 October 2021, an armed drone targeted a house in Ma'rib (Marib). No casualties were "
        "reported.",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    (
        "On 25 April 2021, Turkish military aircraft bombarded suspected PKK positions in the "
        "Qandil mountains (Erbil).",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    (
        "On 3 February 2021, a suicide bomber detonated his vest at a mosque in Maiduguri (Borno),"
        " killing 6 worshippers.",
        "Explosions/Remote violence",
        "Suicide bomb",
    ),
    (
        "On 12 July 2021, a vehicle-borne suicide attack targeted a military base in Mogadishu "
        "(Banadir). 8 people were killed including the attacker.",
        "Explosions/Remote violence",
        "Suicide bomb",
    ),
    (
        "On 18 August 2021, a female suicide bomber blew herself up near a checkpoint in Konduga "
        "(Borno). Only the bomber died.",
        "Explosions/Remote violence",
        "Suicide bomb",
    ),
    (
        "On 10 March 2021, an IED exploded under a FAMa vehicle near Boni (Douentza, Mopti). 3 "
        "soldiers were killed.",
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    ),
    (
        "On 6 June 2021, a civilian was injured when he stepped on a landmine in Ain Issa (Ar-"
        "Raqqa).",
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    ),
    (
        "On 28 May 2021, a roadside bomb struck a minibus in Jalalabad (Nangarhar), killing 4 "
        "passengers.",
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    ),
    (
        "On 2 April 2021, a car bomb went off near a market in Azaz (Aleppo). 5 fatalities.",
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    ),
    (
        "On 17 September 2021, an explosive device planted by unknown perpetrators detonated in "
        "front of a bank in Athens (Attica). Property damage only.",
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    ),
    (
        "On 14 January 2021, unidentified men threw a grenade at a bar in Bujumbura (Bujumbura "
        "Mairie), injuring 5 people.",
        "Explosions/Remote violence",
        "Grenade",
    ),
    (
        "On 8 July 2021, a hand grenade was lobbed into the compound of a local councillor in "
        "Kathua (Jammu and Kashmir). No injuries.",
        "Explosions/Remote violence",
        "Grenade",
    ),
    (
        "On 30 March 2021, militants hurled a grenade at a CRPF bunker in Sopore (Jammu and "
        "Kashmir), wounding 2 personnel.",
        "Explosions/Remote violence",
        "Grenade",
    ),
    (
        "On 7 April 2021, regime forces reportedly used chlorine gas against residents of Saraqab "
        "(Idleb). Dozens suffered breathing difficulties.",
        "Explosions/Remote violence",
        "Chemical weapon",
    ),
    (
        "On 5 March 2021, Fulani militia attacked the village of Kwatas (Bokkos, Plateau) and "
        "killed 9 villagers.",
        "Violence against civilians",
        "Attack",
    ),
    (
        "On 22 April 2021, unidentified gunmen shot dead a farmer in his field near Tillaberi "
        "(Tillaberi). 1 fatality.",
        "Violence against civilians",
        "Attack",
    ),
    (
        "On 14 June 2021, a local journalist was beaten by members of the ruling party youth wing "
        "in Harare (Harare).",
        "Violence against civilians",
        "Attack",
    ),
    (
        "On 3 August 2021, the body of a man bearing gunshot wounds was found in Tijuana (Baja "
        "California). The perpetrators are unknown.",
        "Violence against civilians",
        "Attack",
    ),
    (
        "On 19 October 2021, ADF militants hacked to death 12 civilians in Kisima (Beni, Nord-"
        "Kivu).",
        "Violence against civilians",
        "Attack",
    ),
    (
        "On 11 November 2021, police officers in Nairobi (Nairobi) shot and killed an unarmed "
        "motorcyclist at a checkpoint.",
        "Violence against civilians",
        "Attack",
    ),
    (
        "On 27 September 2021, a woman was stabbed to death by suspected gang members in San Pedro"
        " Sula (Cortes).",
        "Violence against civilians",
        "Attack",
    ),
    (
        "On 9 February 2021, armed bandits abducted 27 students from a secondary school in Kagara "
        "(Rafi, Niger).",
        "Violence against civilians",
        "Abduction/forced disappearance",
    ),
    (
        "On 15 May 2021, a trader was kidnapped by unidentified gunmen on the Abuja-Kaduna highway"
        " (Kaduna).",
        "Violence against civilians",
        "Abduction/forced disappearance",
    ),
    (
        "On an unknown date in early June 2021, an activist was forcibly disappeared by military "
        "intelligence in Cairo (Cairo). His whereabouts remain unknown.",
        "Violence against civilians",
        "Abduction/forced disappearance",
    ),
    (
        "On 20 July 2021, JNIM militants took 4 villagers hostage near Djibo (Soum, Sahel).",
        "Violence against civilians",
        "Abduction/forced disappearance",
    ),
    (
        "On 4 March 2021, a girl was raped by 2 soldiers in Minova (Kalehe, Sud-Kivu).",
        "Violence against civilians",
        "Sexual violence",
    ),
    (
        "On 18 September 2021, armed herders sexually assaulted 3 women working on their farm in "
        "Agatu (Benue).",
        "Violence against civilians",
        "Sexual violence",
    ),
    (
        "On 10 March 2021, around 200 farmers protested in Patiala (Punjab) against the farm laws."
        " [size=around 200]",
        "Protests",
        "Peaceful protest",
    ),
    (
        "On 6 May 2021, members of the teachers' union held a demonstration in front of the "
        "Ministry of Education in Tunis (Tunis) to demand the payment of arrears. [size=no report]",
        "Protests",
        "Peaceful protest",
    ),
    (
        "On 21 January 2021, residents of Kasarani (Nairobi) staged a sit-in outside the county "
        "offices over water shortages.",
        "Protests",
        "Peaceful protest",
    ),
    (
        "On 2 April 2021, dozens of taxi drivers went on strike and gathered in Lusaka (Lusaka) to"
        " denounce fuel price increases.",
        "Protests",
        "Peaceful protest",
    ),
    (
        "On 15 July 2021, relatives of detained activists rallied outside the court in Algiers "
        "(Alger), calling for their release. [size=dozens]",
        "Protests",
        "Peaceful protest",
    ),
    (
        "On 19 March 2021, police used tear gas to disperse students protesting in Kampala "
        "(Kampala) against tuition hikes.",
        "Protests",
        "Protest with intervention",
    ),
    (
        "On 25 June 2021, police arrested 14 protesters who had gathered in front of the "
        "parliament in Minsk (Minsk) to oppose the government.",
        "Protests",
        "Protest with intervention",
    ),
    (
        "On 9 August 2021, security forces broke up a demonstration by opposition supporters in "
        "Conakry (Conakry) with water cannon.",
        "Protests",
        "Protest with intervention",
    ),
    (
        "On 12 October 2021, a march of health workers in Lagos (Lagos) was blocked by police who "
        "fired rubber bullets. 3 protesters were injured.",
        "Protests",
        "Protest with intervention",
    ),
    (
        "On 30 July 2021, soldiers fired live ammunition at demonstrators in Khartoum (Khartoum), "
        "killing 2 protesters.",
        "Protests",
        "Excessive force against protesters",
    ),
    (
        "On 3 October 2021, police opened fire on a peaceful demonstration in Yangon (Yangon), "
        "killing 4 people. Fatalities coded as 4.",
        "Protests",
        "Excessive force against protesters",
    ),
    (
        "On 17 March 2021, security forces shot dead 3 protesters during an anti-coup rally in "
        "Mandalay (Mandalay).",
        "Protests",
        "Excessive force against protesters",
    ),
    (
        "On 4 February 2021, protesters threw stones at police and burnt tyres in Kasserine "
        "(Kasserine) to denounce unemployment. Police responded with tear gas.",
        "Riots",
        "Violent demonstration",
    ),
    (
        "On 22 May 2021, demonstrators set fire to the local police station in Siaya (Siaya) after"
        " the death of a youth in custody.",
        "Riots",
        "Violent demonstration",
    ),
    (
        "On 14 August 2021, rioters looted shops and vandalised vehicles in Durban (KwaZulu-Natal)"
        " during protests over the jailing of the former president.",
        "Riots",
        "Violent demonstration",
    ),
    (
        "On 8 March 2021, supporters of the opposition clashed with police in Dakar (Dakar) while "
        "protesting the arrest of their leader. Several were injured.",
        "Riots",
        "Violent demonstration",
    ),
    (
        "On 26 November 2021, a protest by motorcycle taxi drivers in Kisumu (Kisumu) turned "
        "violent when participants blocked roads with burning barricades and stoned passing "
        "vehicles.",
        "Riots",
        "Violent demonstration",
    ),
    (
        "On 11 January 2021, a mob lynched a suspected thief in Onitsha (Anambra). 1 fatality.",
        "Riots",
        "Mob violence",
    ),
    (
        "On 7 June 2021, residents of Kibera (Nairobi) beat to death a man accused of stealing a "
        "phone.",
        "Riots",
        "Mob violence",
    ),
    (
        "On 23 April 2021, a group of villagers armed with sticks and machetes attacked members of"
        " a neighbouring clan in Gumbo (Jonglei) over a land dispute. 2 people were injured.",
        "Riots",
        "Mob violence",
    ),
    (
        "On 5 September 2021, an angry crowd set ablaze the house of a man suspected of witchcraft"
        " in Mbale (Mbale).",
        "Riots",
        "Mob violence",
    ),
    (
        "On 16 April 2021, the government and the SPLM-N signed a ceasefire agreement in Juba "
        "(Central Equatoria).",
        "Strategic developments",
        "Agreement",
    ),
    (
        "On 2 June 2021, Houthi forces and the government exchanged 20 prisoners in Taiz (Taizz) "
        "in a deal mediated by the ICRC.",
        "Strategic developments",
        "Agreement",
    ),
    (
        "On 20 February 2021, police arrested an opposition MP in Kampala (Kampala) on charges of "
        "inciting violence.",
        "Strategic developments",
        "Arrests",
    ),
    (
        "On 11 May 2021, security forces detained 3 journalists in Asmara (Maekel).",
        "Strategic developments",
        "Arrests",
    ),
    (
        "On 28 October 2021, the head of the local council was taken into custody by the "
        "intelligence services in Baghdad (Baghdad) on corruption charges.",
        "Strategic developments",
        "Arrests",
    ),
    (
        "On 18 March 2021, the army deployed additional troops to Ouallam (Tillaberi) following "
        "recent attacks.",
        "Strategic developments",
        "Change to group/activity",
    ),
    (
        "On 1 July 2021, French Barkhane forces withdrew from their base in Kidal (Kidal).",
        "Strategic developments",
        "Change to group/activity",
    ),
    (
        "On 9 September 2021, 40 members of the ADF surrendered to the FARDC in Beni (Nord-Kivu).",
        "Strategic developments",
        "Change to group/activity",
    ),
    (
        "On 23 December 2021, authorities imposed a curfew in Jos (Plateau) after communal "
        "tensions.",
        "Strategic developments",
        "Change to group/activity",
    ),
    (
        "On 7 February 2021, soldiers defused an IED planted on the road to Gao (Gao).",
        "Strategic developments",
        "Disrupted weapons use",
    ),
    (
        "On 13 June 2021, police discovered a cache of weapons and explosives in a house in Kirkuk"
        " (Kirkuk).",
        "Strategic developments",
        "Disrupted weapons use",
    ),
    (
        "On 30 August 2021, Saudi air defences intercepted a Houthi drone over Abha (Asir).",
        "Strategic developments",
        "Disrupted weapons use",
    ),
    (
        "On 4 December 2021, bomb disposal experts safely detonated a mortar shell found in a "
        "field in Kherson (Kherson).",
        "Strategic developments",
        "Disrupted weapons use",
    ),
    (
        "On 15 January 2021, Wagner Group personnel established a base at the airport of Bambari "
        "(Ouaka).",
        "Strategic developments",
        "Headquarters or base established",
    ),
    (
        "On an unknown date in February 2021, ISWAP militants set up a new base near Baga (Kukawa,"
        " Borno).",
        "Strategic developments",
        "Headquarters or base established",
    ),
    (
        "On 12 April 2021, unidentified armed men looted shops and burned houses in Tindouf "
        "village (Djugu, Ituri).",
        "Strategic developments",
        "Looting/property destruction",
    ),
    (
        "On 27 July 2021, Al Shabaab militants destroyed a telecommunications mast in Bardhere "
        "(Gedo).",
        "Strategic developments",
        "Looting/property destruction",
    ),
    (
        "On 6 October 2021, cattle rustlers stole over 100 cows from herders in Maru (Zamfara).",
        "Strategic developments",
        "Looting/property destruction",
    ),
    (
        "On 21 March 2021, unknown persons set fire to a school in Tabiyou (Tillaberi).",
        "Strategic developments",
        "Looting/property destruction",
    ),
    (
        "On 8 May 2021, government forces took over the military camp of Tessit (Gao) after the "
        "withdrawal of MINUSMA forces.",
        "Strategic developments",
        "Non-violent transfer of territory",
    ),
    (
        "On 22 September 2021, the army handed over control of the town of Kajo-Keji (Central "
        "Equatoria) to the SPLA-IO without a fight.",
        "Strategic developments",
        "Non-violent transfer of territory",
    ),
    (
        "On 17 June 2021, around 3,000 people fled their homes in Tambura (Western Equatoria) "
        "fearing attacks.",
        "Strategic developments",
        "Other",
    ),
    (
        "On 29 October 2021, a mass grave containing 15 bodies was discovered in Humera (Tigray).",
        "Strategic developments",
        "Other",
    ),
    (
        "On 5 May 2021, police fired tear gas at protesters in Harare (Harare) to disperse them.",
        "Protests",
        "Protest with intervention",
    ),
    (
        "On 6 May 2021, police fired live rounds at protesters in Harare (Harare), killing one.",
        "Protests",
        "Excessive force against protesters",
    ),
    (
        "On 3 March 2021, unidentified gunmen attacked a bus carrying civilians near Tahoua "
        "(Tahoua), killing 7 passengers.",
        "Violence against civilians",
        "Attack",
    ),
    (
        "On 3 March 2021, unidentified gunmen attacked a military convoy near Tahoua (Tahoua), "
        "killing 7 soldiers.",
        "Battles",
        "Armed clash",
    ),
    (
        "On 10 April 2021, an IED planted by militants was defused by the army near Bama (Borno).",
        "Strategic developments",
        "Disrupted weapons use",
    ),
    (
        "On 10 April 2021, an IED planted by militants exploded near an army patrol in Bama "
        "(Borno), wounding 2 soldiers.",
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    ),
    (
        "On 2 August 2021, residents of Kumasi (Ashanti) protesting the killing of a youth "
        "attacked the police station and burned a police vehicle.",
        "Riots",
        "Violent demonstration",
    ),
    (
        "On 2 August 2021, a mob in Kumasi (Ashanti) attacked and burned a man suspected of "
        "robbery.",
        "Riots",
        "Mob violence",
    ),
    (
        "On 19 January 2021, during a violent protest against electricity cuts in Tripoli "
        "(Tripoli), demonstrators looted shops.",
        "Riots",
        "Violent demonstration",
    ),
    (
        "On 4 April 2021, 3 Ukrainian soldiers were wounded by sniper fire from NAF positions near"
        " Zaitseve (Donetsk).",
        "Battles",
        "Armed clash",
    ),
    (
        "Around 7 March 2021 (as reported), a clash took place between two armed groups in "
        "Ngouboua (Lac). An unknown number of fighters were killed.",
        "Battles",
        "Armed clash",
    ),
    (
        "On 14 May 2021, an armed confrontation between the Army and presumed members of a "
        "criminal group was recorded in Aguililla (Michoacan). 4 gunmen were killed.",
        "Battles",
        "Armed clash",
    ),
    (
        "On 2 June 2021, suspected ISWAP fighters raided a military base in Marte (Borno). "
        "Soldiers repelled the assault and killed 11 insurgents.",
        "Battles",
        "Armed clash",
    ),
    (
        "On 29 June 2021, a police station in Gwoza (Borno) came under attack by Boko Haram "
        "militants. Two policemen died.",
        "Battles",
        "Armed clash",
    ),
    (
        "On 6 January 2021, members of the Tatmadaw and the Arakan Army traded fire in Paletwa "
        "(Chin). No casualties reported.",
        "Battles",
        "Armed clash",
    ),
    (
        "On 10 February 2021, the Indian army killed 2 militants in an encounter in Shopian (Jammu"
        " and Kashmir).",
        "Battles",
        "Armed clash",
    ),
    (
        "On 12 May 2021, Israeli military fighter jets struck targets in Gaza City (Gaza Strip). 7"
        " fatalities were reported.",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    (
        "On 15 March 2021, a projectile fired from an unknown location hit a residential building "
        "in Aden (Aden), injuring 2 civilians.",
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    ),
    (
        "On 30 April 2021, the NAF fired 82mm mortar rounds at Ukrainian positions near Pisky "
        "(Donetsk). No casualties were reported.",
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    ),
    (
        "On 19 July 2021, artillery shells fired by Armenian forces landed near the village of "
        "Dashkesan (Dashkasan). No casualties.",
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    ),
    (
        "On 8 August 2021, an improvised explosive device detonated as a police vehicle passed in "
        "Quetta (Balochistan). 2 police officers were killed.",
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    ),
    (
        "On 26 March 2021, a magnetic bomb attached to a car exploded in Kabul (Kabul), killing "
        "the driver.",
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    ),
    (
        "On 3 September 2021, a child was killed by unexploded ordnance in Sirte (Surt).",
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    ),
    (
        "On 9 January 2021, unidentified assailants hurled a hand grenade into a crowded market in"
        " Bangui (Bangui). 4 people were injured.",
        "Explosions/Remote violence",
        "Grenade",
    ),
    (
        "On an unknown date in May 2021, a woman was killed by unidentified gunmen in Rann "
        "(Kala/Balge, Borno).",
        "Violence against civilians",
        "Attack",
    ),
    (
        "On 8 February 2021, 5 civilians were executed by JNIM militants in Dinangourou (Koro, "
        "Mopti).",
        "Violence against civilians",
        "Attack",
    ),
    (
        "On 24 April 2021, a village chief was assassinated by suspected Islamist militants in "
        "Ouahigouya (Yatenga, Nord). 1 fatality.",
        "Violence against civilians",
        "Attack",
    ),
    (
        "On 6 July 2021, armed men on a motorcycle killed a pastor and injured his wife in "
        "Ngaoundere (Adamaoua).",
        "Violence against civilians",
        "Attack",
    ),
    (
        "On 14 September 2021, Imbonerakure members assaulted and injured a CNL supporter in "
        "Kirundo (Kirundo).",
        "Violence against civilians",
        "Attack",
    ),
    (
        "On 2 March 2021, gunmen stormed a village in Zurmi (Zamfara), killing 13 residents and "
        "abducting several women.",
        "Violence against civilians",
        "Attack",
    ),
    (
        "On 1 March 2021, the decapitated body of a man was discovered in Cabo Delgado (Macomia). "
        "He was reportedly beheaded by insurgents.",
        "Violence against civilians",
        "Attack",
    ),
    (
        "On 23 August 2021, unknown gunmen seized 7 farmers in Birnin Gwari (Kaduna) and demanded "
        "a ransom.",
        "Violence against civilians",
        "Abduction/forced disappearance",
    ),
    (
        "On 10 October 2021, the son of a local chief was abducted from his home in Bamenda "
        "(Mezam, Nord-Ouest) by Ambazonian separatists.",
        "Violence against civilians",
        "Abduction/forced disappearance",
    ),
    (
        "On 12 December 2021, a 14-year-old girl was gang-raped by militiamen in Kalemie "
        "(Tanganyika).",
        "Violence against civilians",
        "Sexual violence",
    ),
    (
        "On 11 February 2021, hundreds of people marched in Yaounde (Mfoundi, Centre) in support "
        "of the president. [size=hundreds]",
        "Protests",
        "Peaceful protest",
    ),
    (
        "On 27 May 2021, workers of a sugar company demonstrated in Kilombero (Morogoro) over "
        "unpaid salaries.",
        "Protests",
        "Peaceful protest",
    ),
    (
        "On 3 July 2021, residents blocked the main road in Ahuachapan (Ahuachapan) to demand "
        "access to drinking water. [size=no report]",
        "Protests",
        "Peaceful protest",
    ),
    (
        "On 18 November 2021, nurses held a vigil outside the hospital in Gweru (Midlands) to "
        "demand protective equipment.",
        "Protests",
        "Peaceful protest",
    ),
    (
        "On 8 April 2021, farmers protested in Chandigarh (Chandigarh). The police detained "
        "several of them.",
        "Protests",
        "Protest with intervention",
    ),
    (
        "On 16 June 2021, riot police dispersed a gathering of opposition supporters in Lome "
        "(Golfe, Maritime).",
        "Protests",
        "Protest with intervention",
    ),
    (
        "On 5 April 2021, police fired live bullets to disperse protesting youths in Ikorodu "
        "(Lagos), killing 2 of them.",
        "Protests",
        "Excessive force against protesters",
    ),
    (
        "On 20 August 2021, protesters angry over fuel shortages pelted police with stones and "
        "blocked roads with burning tyres in Hargeisa (Maroodi Jeex).",
        "Riots",
        "Violent demonstration",
    ),
    (
        "On 29 September 2021, a demonstration in Beirut (Beirut) against the judge turned violent"
        " as protesters clashed with the army.",
        "Riots",
        "Violent demonstration",
    ),
    (
        "On 20 May 2021, a suspected kidnapper was set ablaze by an angry mob in Port Harcourt "
        "(Rivers).",
        "Riots",
        "Mob violence",
    ),
    (
        "On 13 August 2021, members of two clans fought with machetes and clubs in Marsabit "
        "(Marsabit). 3 people were wounded.",
        "Riots",
        "Mob violence",
    ),
    (
        "On 2 September 2021, a crowd of residents attacked a police station in Buea (Fako, Sud-"
        "Ouest) to free a detained suspect, injuring 2 officers.",
        "Riots",
        "Mob violence",
    ),
    (
        "On 23 March 2021, the Sudanese government and the SPLM-N signed a declaration of "
        "principles in Juba (Central Equatoria).",
        "Strategic developments",
        "Agreement",
    ),
    (
        "On 7 April 2021, a human rights defender was arrested by police in Tashkent (Tashkent).",
        "Strategic developments",
        "Arrests",
    ),
    (
        "On 28 June 2021, Al Shabaab militants held a recruitment drive in the village of Buulo "
        "Mareer (Lower Shabelle).",
        "Strategic developments",
        "Change to group/activity",
    ),
    (
        "On 12 March 2021, a faction of the SPLA-IO defected to the government side in Yei "
        "(Central Equatoria).",
        "Strategic developments",
        "Change to group/activity",
    ),
    (
        "On 9 May 2021, an explosive device was found and neutralised by bomb disposal units on a "
        "road in Kidal (Kidal).",
        "Strategic developments",
        "Disrupted weapons use",
    ),
    (
        "On 25 August 2021, a Houthi missile was intercepted over Jizan (Jizan).",
        "Strategic developments",
        "Disrupted weapons use",
    ),
    (
        "On 2 October 2021, police seized 20 AK-47 rifles and ammunition at a checkpoint in Kachia"
        " (Kaduna).",
        "Strategic developments",
        "Disrupted weapons use",
    ),
    (
        "On 3 March 2021, the bodies of 8 people were found in a ditch in Ciudad Juarez "
        "(Chihuahua).",
        "Violence against civilians",
        "Attack",
    ),
    (
        "On 9 April 2021, Military Forces of Mali repulsed an attack by JNIM militants on their "
        "camp in Diafarabe (Tenenkou, Mopti). 4 assailants were neutralised.",
        "Battles",
        "Armed clash",
    ),
    (
        "On 18 May 2021, fighters of the Arakan Army attacked a Tatmadaw outpost in Kyauktaw "
        "(Rakhine). Fighting lasted several hours. Casualties unknown.",
        "Battles",
        "Armed clash",
    ),
    (
        "On 27 June 2021, a gunfight erupted between members of the CJNG and the Sinaloa Cartel in"
        " Aguililla (Michoacan). 6 people were killed.",
        "Battles",
        "Armed clash",
    ),
    (
        "On 5 September 2021, ISWAP insurgents overran a military base in Rann (Kala/Balge, Borno)"
        " after heavy fighting with troops. Several soldiers were killed.",
        "Battles",
        "Non-state actor overtakes territory",
    ),
    (
        "On 14 November 2021, police officers engaged suspected armed robbers in a shoot-out in "
        "Owerri (Imo), killing 3 of them.",
        "Battles",
        "Armed clash",
    ),
    (
        "On 2 December 2021, 2 soldiers were killed when their patrol came under fire from "
        "unidentified gunmen near Djibo (Soum, Sahel).",
        "Battles",
        "Armed clash",
    ),
    (
        "On 12 October 2021, Houthi forces launched an offensive on government positions in Al "
        "Abdiyah (Marib). Dozens of fighters were killed on both sides.",
        "Battles",
        "Armed clash",
    ),
    (
        "On 3 May 2021, the Myanmar military carried out air raids on KIA positions in Momauk "
        "(Kachin). No casualties were reported.",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    (
        "On 21 August 2021, a Turkish drone hit a car in Qamishli (Al-Hasakeh), killing 2 SDF "
        "members.",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    (
        "On 6 July 2021, Israeli forces fired artillery shells at Hamas sites in Beit Hanoun "
        "(North Gaza).",
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    ),
    (
        "On 11 February 2021, several Grad rockets hit residential areas of Stepanakert. 1 "
        "civilian was killed.",
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    ),
    (
        "On 19 March 2021, Al Shabaab fired mortars at the AMISOM base in Afgooye (Lower "
        "Shabelle). No casualties were reported.",
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    ),
    (
        "On 24 June 2021, a FAMa vehicle hit a landmine between Boni and Hombori (Douentza, "
        "Mopti). 2 soldiers died.",
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    ),
    (
        "On 8 October 2021, a bomb exploded at a Shia mosque in Kunduz (Kunduz) during Friday "
        "prayers, killing over 40 worshippers.",
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    ),
    (
        "On 30 January 2021, an explosion caused by an improvised device killed a child in Tal "
        "Abyad (Ar-Raqqa).",
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    ),
    (
        "On 13 September 2021, unknown assailants lobbed a grenade at a police station in Pulwama "
        "(Jammu and Kashmir). No injuries were reported.",
        "Explosions/Remote violence",
        "Grenade",
    ),
    (
        "On 22 July 2021, a suicide car bomb exploded at a checkpoint near Mogadishu (Banadir), "
        "killing 5 soldiers.",
        "Explosions/Remote violence",
        "Suicide bomb",
    ),
    (
        "On 1 April 2021, unidentified armed men killed 3 traders travelling on the road to Fada "
        "N'gourma (Gourma, Est).",
        "Violence against civilians",
        "Attack",
    ),
    (
        "On 16 May 2021, suspected Ambazonian separatists burned a teacher alive in Bamenda "
        "(Mezam, Nord-Ouest).",
        "Violence against civilians",
        "Attack",
    ),
    (
        "On 8 August 2021, the corpse of a man with gunshot wounds was discovered by residents in "
        "Cali (Valle del Cauca). The perpetrators are unknown.",
        "Violence against civilians",
        "Attack",
    ),
    (
        "On 29 May 2021, an unarmed civilian was shot and wounded by soldiers at a roadblock in "
        "Kalemie (Tanganyika).",
        "Violence against civilians",
        "Attack",
    ),
    (
        "On 25 October 2021, armed herdsmen invaded Gbeji (Ukum, Benue), killing 7 villagers and "
        "burning houses.",
        "Violence against civilians",
        "Attack",
    ),
    (
        "On 6 March 2021, gunmen abducted 5 people and killed 1 other in Kajuru (Kaduna).",
        "Violence against civilians",
        "Attack",
    ),
    (
        "On 19 June 2021, a humanitarian worker was kidnapped by armed men in Ndele (Bamingui-"
        "Bangoran). He was released on 22 June.",
        "Violence against civilians",
        "Abduction/forced disappearance",
    ),
    (
        "On 2 July 2021, 3 women were raped by armed men in Tawila (North Darfur).",
        "Violence against civilians",
        "Sexual violence",
    ),
    (
        "On 20 April 2021, a group of around 50 youths demonstrated peacefully in Bobo-Dioulasso "
        "(Houet, Hauts-Bassins) to denounce insecurity. [size=around 50]",
        "Protests",
        "Peaceful protest",
    ),
    (
        "On 9 May 2021, members of the Bar Association boycotted court proceedings in Lahore "
        "(Punjab) to protest against the arrest of a lawyer.",
        "Protests",
        "Peaceful protest",
    ),
    (
        "On 30 June 2021, opposition supporters protested in Bamako (Bamako) against the "
        "transition authorities. The police arrested 5 of the protesters.",
        "Protests",
        "Protest with intervention",
    ),
    (
        "On 7 September 2021, security forces used batons to break up a protest of street vendors "
        "in Abidjan (Abidjan). Several vendors were injured.",
        "Protests",
        "Protest with intervention",
    ),
    (
        "On 24 February 2021, police killed 2 demonstrators when they fired on a crowd protesting "
        "against the military junta in Bago (Bago).",
        "Protests",
        "Excessive force against protesters",
    ),
    (
        "On 13 March 2021, angry youths protesting the killing of a motorcyclist set fire to a "
        "police post and blocked the road with burning tyres in Goma (Nord-Kivu).",
        "Riots",
        "Violent demonstration",
    ),
    (
        "On 17 July 2021, protesters vandalised the offices of the electricity company in Kano "
        "(Kano) over power cuts. Police dispersed them with tear gas.",
        "Riots",
        "Violent demonstration",
    ),
    (
        "On 26 August 2021, football supporters clashed with each other outside the stadium in "
        "Tunis (Tunis). 10 people were injured.",
        "Riots",
        "Mob violence",
    ),
    (
        "On 4 October 2021, a group of residents assaulted 2 health workers in Butembo (Nord-Kivu)"
        " accusing them of spreading Ebola.",
        "Riots",
        "Mob violence",
    ),
    (
        "On 21 November 2021, an angry crowd lynched 2 suspected thieves in Bunia (Ituri).",
        "Riots",
        "Mob violence",
    ),
    (
        "On 10 January 2021, unidentified gunmen burned down 20 houses in Kaura (Kaduna). No "
        "casualties were reported.",
        "Strategic developments",
        "Looting/property destruction",
    ),
    (
        "On 14 March 2021, militants looted a health centre and stole medicine in Mahagi (Ituri).",
        "Strategic developments",
        "Looting/property destruction",
    ),
    (
        "On 5 June 2021, police arrested 6 members of an opposition party in Lusaka (Lusaka) for "
        "unlawful assembly.",
        "Strategic developments",
        "Arrests",
    ),
    (
        "On 12 August 2021, the Nigerian army deployed troops to Zurmi (Zamfara) to counter bandit"
        " activities.",
        "Strategic developments",
        "Change to group/activity",
    ),
    (
        "On 26 September 2021, 150 Boko Haram fighters and their families surrendered to the army "
        "in Bama (Borno).",
        "Strategic developments",
        "Change to group/activity",
    ),
    (
        "On 16 October 2021, the army found and destroyed an IED factory belonging to ISWAP in "
        "Mafa (Borno).",
        "Strategic developments",
        "Disrupted weapons use",
    ),
    (
        "On 3 November 2021, the Saudi-led coalition intercepted and destroyed 2 explosive-laden "
        "drones launched by Houthi forces towards Jizan (Jizan).",
        "Strategic developments",
        "Disrupted weapons use",
    ),
    (
        "On 29 December 2021, the leaders of rival clans signed a peace agreement in Garowe "
        "(Nugaal).",
        "Strategic developments",
        "Agreement",
    ),
    (
        "On 18 April 2021, Al Shabaab militants established a new camp in the forest near Balcad "
        "(Middle Shabelle).",
        "Strategic developments",
        "Headquarters or base established",
    ),
    (
        "As reported on 14 April 2021, around 300 workers of a textile factory went on strike in "
        "Gazipur (Dhaka) demanding unpaid wages. [size=around 300]",
        "Protests",
        "Peaceful protest",
    ),
    (
        "On 3 May 2021, members of the Shiv Sena burned an effigy of the chief minister in Thane "
        "(Maharashtra) to protest fuel price hikes.",
        "Protests",
        "Peaceful protest",
    ),
    (
        "Around 10 June 2021 (month of), residents of several villages held a rally in Bouake "
        "(Gbeke, Vallee du Bandama) to demand the reopening of the local clinic.",
        "Protests",
        "Peaceful protest",
    ),
    (
        "On 12 July 2021, several hundred people gathered in front of the governor's office in "
        "Jalalabad (Nangarhar) to denounce insecurity.",
        "Protests",
        "Peaceful protest",
    ),
    (
        "On 22 July 2021, police detained 20 activists who were taking part in an unauthorised "
        "rally in Moscow (Moscow).",
        "Protests",
        "Protest with intervention",
    ),
    (
        "On 6 September 2021, a sit-in by unemployed graduates in Gafsa (Gafsa) was forcibly "
        "dispersed by security forces.",
        "Protests",
        "Protest with intervention",
    ),
    (
        "On 11 October 2021, protesters who blocked the highway in Cochabamba (Cochabamba) were "
        "removed by police.",
        "Protests",
        "Protest with intervention",
    ),
    (
        "On 15 January 2021, police shot dead a student during a demonstration against fee "
        "increases in Antananarivo (Analamanga).",
        "Protests",
        "Excessive force against protesters",
    ),
    (
        "On 27 February 2021, demonstrators pelted security forces with stones in Srinagar (Jammu "
        "and Kashmir). Police fired tear gas in response.",
        "Riots",
        "Violent demonstration",
    ),
    (
        "On 19 April 2021, a violent protest broke out in Kinshasa (Kinshasa) as motorcycle taxi "
        "drivers attacked police officers over a new tax.",
        "Riots",
        "Violent demonstration",
    ),
    (
        "On 14 May 2021, a crowd of residents beat a suspected pickpocket to death in Kampala "
        "(Kampala).",
        "Riots",
        "Mob violence",
    ),
    (
        "On 8 June 2021, supporters of two rival candidates fought with stones and sticks in "
        "Kankan (Kankan). 6 were injured.",
        "Riots",
        "Mob violence",
    ),
    (
        "On 20 September 2021, villagers torched the house of a man accused of witchcraft in Kisii"
        " (Kisii).",
        "Riots",
        "Mob violence",
    ),
    (
        "On 1 June 2021, unidentified gunmen opened fire on worshippers in a church in Kajuru "
        "(Kaduna), killing 4.",
        "Violence against civilians",
        "Attack",
    ),
    (
        "On 9 July 2021, the Burundian police tortured a detained member of the CNL in Gitega "
        "(Gitega).",
        "Violence against civilians",
        "Attack",
    ),
    (
        "On 13 August 2021, a man was whipped by Al Shabaab militants in Jamame (Lower Juba) for "
        "selling cigarettes.",
        "Violence against civilians",
        "Attack",
    ),
    (
        "On 30 September 2021, a mass killing of 20 civilians by ADF rebels was reported in Beni "
        "(Nord-Kivu).",
        "Violence against civilians",
        "Attack",
    ),
    (
        "On 17 October 2021, suspected bandits kidnapped a Catholic priest in Zaria (Kaduna).",
        "Violence against civilians",
        "Abduction/forced disappearance",
    ),
    (
        "On 28 November 2021, the Houthis abducted 3 teachers from their homes in Ibb (Ibb).",
        "Violence against civilians",
        "Abduction/forced disappearance",
    ),
    (
        "On 5 December 2021, a woman was sexually assaulted by a soldier at a checkpoint in Bunia "
        "(Ituri).",
        "Violence against civilians",
        "Sexual violence",
    ),
    (
        "On 12 January 2021, clashes erupted between the Tatmadaw and the KNLA near Hpapun "
        "(Kayin). 3 soldiers were killed.",
        "Battles",
        "Armed clash",
    ),
    (
        "On 25 February 2021, Al Shabaab ambushed a convoy of Kenyan Defence Forces in Lamu "
        "(Lamu), killing 2 soldiers.",
        "Battles",
        "Armed clash",
    ),
    (
        "On 18 March 2021, a sniper from the NAF shot and wounded a Ukrainian soldier near "
        "Shyrokyne (Donetsk).",
        "Battles",
        "Armed clash",
    ),
    (
        "On 6 April 2021, Military Forces of Mozambique regained control of Palma (Cabo Delgado) "
        "following days of fighting with insurgents.",
        "Battles",
        "Government regains territory",
    ),
    (
        "On 20 May 2021, Kenyan police killed 3 suspected robbers in a shootout in Eastleigh "
        "(Nairobi).",
        "Battles",
        "Armed clash",
    ),
    (
        "On 11 June 2021, a rocket fired by Hamas landed in an open field near Sderot (HaDarom). "
        "No injuries.",
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    ),
    (
        "On 29 June 2021, Azerbaijani forces attacked Armenian positions with artillery near "
        "Yeraskh (Ararat). No casualties.",
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    ),
    (
        "On 16 July 2021, an unidentified aircraft bombed a market in Kidal (Kidal). 2 civilians "
        "were killed.",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    (
        "On 4 August 2021, a landmine planted by the Taliban killed 3 children playing in a field "
        "in Ghazni (Ghazni).",
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    ),
    (
        "On 23 September 2021, an explosive device attached to a motorcycle exploded in a market "
        "in Maiduguri (Borno). 2 fatalities.",
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    ),
    (
        "On 9 October 2021, a grenade attack on a bar in Goma (Nord-Kivu) injured 7 people.",
        "Explosions/Remote violence",
        "Grenade",
    ),
    (
        "On 14 January 2021, the Sudanese government and a rebel faction agreed on a ceasefire in "
        "Kadugli (South Kordofan).",
        "Strategic developments",
        "Agreement",
    ),
    (
        "On 18 February 2021, Houthi forces released 10 detainees as part of a prisoner exchange "
        "with the government in Marib (Marib).",
        "Strategic developments",
        "Agreement",
    ),
    (
        "On 3 April 2021, security forces arrested a suspected Boko Haram commander in Kano "
        "(Kano).",
        "Strategic developments",
        "Arrests",
    ),
    (
        "On 21 May 2021, French Barkhane forces carried out a patrol in Gossi (Gourma-Rharous, "
        "Timbuktu).",
        "Strategic developments",
        "Change to group/activity",
    ),
    (
        "On 2 July 2021, the FARDC reinforced their positions in Rutshuru (Nord-Kivu) with "
        "additional troops.",
        "Strategic developments",
        "Change to group/activity",
    ),
    (
        "On 19 August 2021, a weapons cache belonging to Al Shabaab was discovered by the Somali "
        "army in Afgooye (Lower Shabelle).",
        "Strategic developments",
        "Disrupted weapons use",
    ),
    (
        "On 7 October 2021, Israeli air defence systems shot down a rocket fired from Gaza over "
        "Ashkelon (HaDarom).",
        "Strategic developments",
        "Disrupted weapons use",
    ),
    (
        "On 26 October 2021, armed men looted cattle from herders in Tillia (Tahoua).",
        "Strategic developments",
        "Looting/property destruction",
    ),
    (
        "On 13 November 2021, Al Shabaab militants destroyed a bridge connecting Baidoa and "
        "Mogadishu (Bay).",
        "Strategic developments",
        "Looting/property destruction",
    ),
    (
        "On 30 December 2021, the remains of 6 people were exhumed from a mass grave in Mai Kadra "
        "(Tigray).",
        "Strategic developments",
        "Other",
    ),
    (
        "On 4 January 2021, a police officer was shot dead by suspected gang members while on "
        "patrol in Port-au-Prince (Ouest).",
        "Battles",
        "Armed clash",
    ),
    (
        "On 17 January 2021, an off-duty soldier was stabbed to death by unknown assailants in "
        "Juba (Central Equatoria).",
        "Violence against civilians",
        "Attack",
    ),
    (
        "On 28 January 2021, a clash between cattle herders and farmers armed with guns left 5 "
        "dead in Gogrial (Warrap).",
        "Battles",
        "Armed clash",
    ),
    (
        "On 9 February 2021, MINUSMA peacekeepers came under mortar fire in their camp at Aguelhok"
        " (Tessalit, Kidal). No casualties.",
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    ),
    (
        "On 21 February 2021, a mortar shell fired during clashes between the army and rebels hit "
        "a house in Kismayo (Lower Juba), killing a child.",
        "Battles",
        "Armed clash",
    ),
    (
        "On 7 March 2021, the body of a missing journalist was recovered from a river in Matamoros"
        " (Tamaulipas). He had been tortured.",
        "Violence against civilians",
        "Attack",
    ),
    (
        "On 24 March 2021, pro-government militiamen attacked a group of IDPs in Tawila (North "
        "Darfur), killing 3 and injuring 8.",
        "Violence against civilians",
        "Attack",
    ),
    (
        "On 10 April 2021, 2 teenagers were killed when an unexploded mortar round they were "
        "playing with exploded in Marib (Marib).",
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    ),
    (
        "On 23 April 2021, an airstrike by an unidentified aircraft hit a wedding party in Tigray,"
        " killing 15 civilians.",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    (
        "On 5 May 2021, Afghan forces repelled a Taliban attack on a checkpoint in Nahr-e Saraj "
        "(Helmand), killing 6 militants.",
        "Battles",
        "Armed clash",
    ),
    (
        "On 19 May 2021, an armed group attacked a gold mine in Kampti (Poni, Sud-Ouest) and "
        "looted equipment. 2 guards were killed.",
        "Violence against civilians",
        "Attack",
    ),
    (
        "On 2 June 2021, thousands of supporters of the ruling party marched through Harare "
        "(Harare) in a show of support for the president.",
        "Protests",
        "Peaceful protest",
    ),
    (
        "On 16 June 2021, nurses on strike demonstrated outside the Ministry of Health in Nairobi "
        "(Nairobi); police fired tear gas and arrested 4 of them.",
        "Protests",
        "Protest with intervention",
    ),
    (
        "On 1 July 2021, youths set up roadblocks with burning tyres and stoned police vehicles in"
        " Kerewan (North Bank) to protest the death of a man in police custody.",
        "Riots",
        "Violent demonstration",
    ),
    (
        "On 15 July 2021, looters ransacked shops and warehouses in Pietermaritzburg (KwaZulu-"
        "Natal) during unrest that followed protests.",
        "Riots",
        "Violent demonstration",
    ),
    (
        "On 29 July 2021, a man suspected of stealing a motorbike was lynched by a mob in Bangui "
        "(Bangui).",
        "Riots",
        "Mob violence",
    ),
    (
        "On 12 August 2021, 2 communities fought over a disputed farmland in Ebonyi (Ebonyi), "
        "burning 10 houses. No fatalities.",
        "Riots",
        "Mob violence",
    ),
    (
        "On 26 August 2021, the Interior Ministry announced the arrest of 12 suspected ISIS "
        "members in Erbil (Erbil).",
        "Strategic developments",
        "Arrests",
    ),
    (
        "On 7 October 2021, troops of the Rapid Support Forces arrived in El Geneina (West Darfur)"
        " to reinforce security.",
        "Strategic developments",
        "Change to group/activity",
    ),
    (
        "On 21 October 2021, police defused an explosive device found near a school in Kharkiv "
        "(Kharkiv).",
        "Strategic developments",
        "Disrupted weapons use",
    ),
    (
        "On 4 November 2021, unknown persons burned down a polling station in Ikot Ekpene (Akwa "
        "Ibom).",
        "Strategic developments",
        "Looting/property destruction",
    ),
    (
        "On 18 November 2021, Al Shabaab militants seized livestock from nomads in Bulo Burte "
        "(Hiraan).",
        "Strategic developments",
        "Looting/property destruction",
    ),
    (
        "On 2 December 2021, the FARDC and ADF agreed to a 3-day truce to evacuate the wounded in "
        "Beni (Nord-Kivu).",
        "Strategic developments",
        "Agreement",
    ),
    (
        "On 16 December 2021, rebels released 12 hostages after the payment of a ransom in Kidal "
        "(Kidal).",
        "Strategic developments",
        "Other",
    ),
    (
        "On 30 December 2021, TPLF forces withdrew from the towns of Dessie and Kombolcha (Amhara)"
        " without a fight.",
        "Strategic developments",
        "Change to group/activity",
    ),
    (
        "On 3 January 2021, Ethiopian troops and Fano militiamen fought TPLF forces in Alamata "
        "(Tigray). Casualties unknown.",
        "Battles",
        "Armed clash",
    ),
    (
        "On 8 January 2021, police officers were attacked by gunmen at a checkpoint in Ngala "
        "(Borno); 2 officers were wounded and the attackers fled.",
        "Battles",
        "Armed clash",
    ),
    (
        "On 14 February 2021, the Tatmadaw shelled villages in Hpakant (Kachin), damaging several "
        "houses.",
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    ),
    (
        "On 2 March 2021, Houthi forces targeted Saudi Aramco facilities in Jeddah (Makkah) with a"
        " drone attack. No casualties.",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    (
        "On 20 March 2021, 4 civilians were killed after their vehicle drove over a mine near "
        "Timbuktu (Timbuktu).",
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    ),
    (
        "On 6 April 2021, an unknown attacker threw an explosive device at a police car in "
        "Stockholm (Stockholm). No injuries.",
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    ),
    (
        "On 1 May 2021, gunmen raided a village in Bokkos (Plateau) at night, killing 5 people and"
        " wounding 3.",
        "Violence against civilians",
        "Attack",
    ),
    (
        "On 15 May 2021, a pregnant woman was killed by a stray bullet fired by soldiers in Abobo "
        "(Abidjan).",
        "Violence against civilians",
        "Attack",
    ),
    (
        "On 30 May 2021, two brothers were abducted at gunpoint from their farm in Kidal (Kidal) "
        "by unidentified armed men.",
        "Violence against civilians",
        "Abduction/forced disappearance",
    ),
    (
        "On 14 June 2021, students of the University of Lagos held a peaceful procession in Lagos "
        "(Lagos) to demand better hostel conditions.",
        "Protests",
        "Peaceful protest",
    ),
    (
        "On 28 June 2021, lawyers boycotted courts and staged a march in Karachi (Sindh) against "
        "the killing of a colleague.",
        "Protests",
        "Peaceful protest",
    ),
    (
        "On 12 July 2021, a demonstration against the curfew in Amsterdam (Noord-Holland) was "
        "broken up by police using water cannons.",
        "Protests",
        "Protest with intervention",
    ),
    (
        "On 10 August 2021, security forces opened fire with live ammunition on protesters in "
        "Omdurman (Khartoum), killing 3.",
        "Protests",
        "Excessive force against protesters",
    ),
    (
        "On 7 September 2021, an angry mob attacked and burned a police station in Sapele (Delta) "
        "after a man died in custody.",
        "Riots",
        "Mob violence",
    ),
    (
        "On 21 September 2021, villagers armed with machetes attacked a group of suspected cattle "
        "thieves in Nyagatare (Eastern), killing 1.",
        "Riots",
        "Mob violence",
    ),
    (
        "On 5 October 2021, soldiers arrested 15 people suspected of collaborating with armed "
        "groups in Djenne (Mopti).",
        "Strategic developments",
        "Arrests",
    ),
    (
        "On 19 October 2021, the Somali government and Ahlu Sunna Wal Jama'a reached an agreement "
        "to end hostilities in Guriel (Galgaduud).",
        "Strategic developments",
        "Agreement",
    ),
    (
        "On 16 November 2021, police recovered 3 rocket-propelled grenades and 200 rounds of "
        "ammunition from a militant hideout in Quetta (Balochistan).",
        "Strategic developments",
        "Disrupted weapons use",
    ),
    (
        "On 30 November 2021, suspected ADF rebels looted a pharmacy and burned 4 houses in Oicha "
        "(Beni, Nord-Kivu).",
        "Strategic developments",
        "Looting/property destruction",
    ),
    (
        "On 4 November 2021, Taliban authorities detained 2 former army officers in Kandahar "
        "(Kandahar).",
        "Strategic developments",
        "Arrests",
    ),
    (
        "On 5 January 2021, Al Shabaab militants attacked the police station in Balad (Middle "
        "Shabelle) with heavy weapons. The attack was repulsed after a 2-hour gunfight.",
        "Battles",
        "Armed clash",
    ),
    (
        "On 19 January 2021, 3 Nigerian soldiers were killed and 4 others injured when Boko Haram "
        "insurgents attacked their base in Marte (Borno).",
        "Battles",
        "Armed clash",
    ),
    (
        "On 4 February 2021, an explosion targeted a Turkish military convoy near Al Bab (Aleppo)."
        " Casualties unknown.",
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    ),
    (
        "On 18 February 2021, unidentified assailants fired a rocket-propelled grenade at a police"
        " post in Kandahar (Kandahar), wounding 2 policemen.",
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    ),
    (
        "On 3 March 2021, the Ethiopian Air Force carried out an aerial bombardment on TPLF "
        "positions near Mekele (Tigray).",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    (
        "On 17 March 2021, a farmer was hacked to death by suspected herdsmen on his farm in Agatu"
        " (Benue).",
        "Violence against civilians",
        "Attack",
    ),
    (
        "On 31 March 2021, armed men stopped a bus near Mopti (Mopti), ordered passengers out and "
        "executed 5 of them.",
        "Violence against civilians",
        "Attack",
    ),
    (
        "On 14 April 2021, a local human rights activist was found dead in his home in Tegucigalpa"
        " (Francisco Morazan) with signs of torture.",
        "Violence against civilians",
        "Attack",
    ),
    (
        "On 28 April 2021, security forces forcibly disappeared 2 Baloch students in Turbat "
        "(Balochistan).",
        "Violence against civilians",
        "Abduction/forced disappearance",
    ),
    (
        "On 12 May 2021, around 40 parents of kidnapped students protested in Kaduna (Kaduna) "
        "demanding the rescue of their children.",
        "Protests",
        "Peaceful protest",
    ),
    (
        "On 26 May 2021, health workers staged a walkout at a public hospital in Lilongwe "
        "(Lilongwe) over risk allowances.",
        "Protests",
        "Peaceful protest",
    ),
    (
        "On 9 June 2021, police in Abuja (Federal Capital Territory) teargassed and arrested "
        "several protesters demonstrating against the Twitter ban.",
        "Protests",
        "Protest with intervention",
    ),
    (
        "On 23 June 2021, soldiers killed 4 demonstrators and wounded 10 in Sagaing (Sagaing) "
        "during an anti-junta rally.",
        "Protests",
        "Excessive force against protesters",
    ),
    (
        "On 7 July 2021, demonstrators in Port Louis (Port Louis) clashed with police, throwing "
        "stones and setting cars on fire.",
        "Riots",
        "Violent demonstration",
    ),
    (
        "On 21 July 2021, a mob attacked a suspected child trafficker and beat him to death in "
        "Ouagadougou (Kadiogo, Centre).",
        "Riots",
        "Mob violence",
    ),
    (
        "On 4 August 2021, youths from 2 neighbouring villages fought with clubs and stones in "
        "Kagera (Kagera), injuring 7.",
        "Riots",
        "Mob violence",
    ),
    (
        "On 18 August 2021, the police arrested 4 suspected cultists in Benin City (Edo).",
        "Strategic developments",
        "Arrests",
    ),
    (
        "On 1 September 2021, the army reopened the road between Goma and Rutshuru (Nord-Kivu) and"
        " stationed troops along it.",
        "Strategic developments",
        "Change to group/activity",
    ),
    (
        "On 29 September 2021, soldiers dismantled 3 IEDs planted on the road to Mora (Mayo-Sava, "
        "Extreme-Nord).",
        "Strategic developments",
        "Disrupted weapons use",
    ),
    (
        "On 13 October 2021, armed bandits rustled over 200 cattle in Anka (Zamfara).",
        "Strategic developments",
        "Looting/property destruction",
    ),
    (
        "On 2 February 2021, a convoy of the Malian army was ambushed by JNIM militants near "
        "Tessit (Ansongo, Gao). 6 soldiers were killed and several militants were neutralised.",
        "Battles",
        "Armed clash",
    ),
    (
        "On 16 February 2021, heavy fighting was reported between the SDF and ISIS cells in Dhiban"
        " (Deir-ez-Zor).",
        "Battles",
        "Armed clash",
    ),
    (
        "On 2 March 2021, a house was hit by a Russian airstrike in Maarrat Misrin (Idleb), "
        "injuring 3 civilians.",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    (
        "On 16 March 2021, Ukrainian positions near Marinka (Donetsk) were shelled by NAF forces "
        "with 122mm artillery.",
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    ),
    (
        "On 30 March 2021, a police officer was killed when a bomb attached to his car detonated "
        "in Peshawar (Khyber Pakhtunkhwa).",
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    ),
    (
        "On 13 April 2021, 8 civilians were killed by armed men in the village of Bani (Seno, "
        "Sahel).",
        "Violence against civilians",
        "Attack",
    ),
    (
        "On 27 April 2021, a journalist was assaulted by supporters of the ruling party while "
        "covering a rally in Lusaka (Lusaka).",
        "Violence against civilians",
        "Attack",
    ),
    (
        "On 11 May 2021, 15 passengers travelling from Kaduna to Abuja were kidnapped by bandits "
        "near Katari (Kaduna).",
        "Violence against civilians",
        "Abduction/forced disappearance",
    ),
    (
        "On 25 May 2021, a protest was held by shopkeepers in Peshawar (Khyber Pakhtunkhwa) "
        "against the closure of markets. [size=no report]",
        "Protests",
        "Peaceful protest",
    ),
    (
        "On 8 June 2021, dozens of protesters were arrested by police during a demonstration in "
        "Hong Kong (Hong Kong).",
        "Protests",
        "Protest with intervention",
    ),
    (
        "On 22 June 2021, 2 protesters were shot dead by police in Bulawayo (Bulawayo) during a "
        "march against electricity tariffs.",
        "Protests",
        "Excessive force against protesters",
    ),
    (
        "On 6 July 2021, police stations and shops were set ablaze by protesters in Eswatini's "
        "capital Mbabane (Hhohho).",
        "Riots",
        "Violent demonstration",
    ),
    (
        "On 20 July 2021, a suspected witch was beaten and burned by residents in Kilifi (Kilifi).",
        "Riots",
        "Mob violence",
    ),
    (
        "On 31 August 2021, shops belonging to ethnic Tigrayans were looted by unidentified men in"
        " Gondar (Amhara).",
        "Strategic developments",
        "Looting/property destruction",
    ),
]

# Notes the rules do not get right yet (strict: a fix must move them to NOTES): riots with no
# demonstration named (students, rioters after a killing by police: mob violence or a violent
# demonstration, the note does not say), herders (ACLED's communal militias) destroying crops
# read as a crowd, a new armed group formed.
NOT_YET: list[tuple[str, str, str]] = [
    (
        "On 1 December 2021, students rioted at the university campus in Kenitra (Rabat-Sale-"
        "Kenitra), damaging property.",
        "Riots",
        "Violent demonstration",
    ),
    (
        "On 7 July 2021, suspected Fulani herders destroyed crops on a farm in Guma (Benue).",
        "Strategic developments",
        "Looting/property destruction",
    ),
    (
        "On 2 March 2021, rioters ransacked the offices of the electoral commission in Lubumbashi "
        "(Haut-Katanga) after the announcement of the results.",
        "Riots",
        "Violent demonstration",
    ),
    (
        "On 23 September 2021, a new armed group calling itself the Popular Resistance Front was "
        "formed in Bangui (Bangui).",
        "Strategic developments",
        "Change to group/activity",
    ),
    (
        "On 24 August 2021, rioting broke out in Thika (Kiambu) after police killed a hawker; "
        "rioters burned a police vehicle.",
        "Riots",
        "Violent demonstration",
    ),
]


@pytest.mark.parametrize(("text", "event_type", "sub_event_type"), NOTES)
def test_codebook_notes(text: str, event_type: str, sub_event_type: str) -> None:
    assert types(text) == (event_type, sub_event_type)


@pytest.mark.xfail(strict=True)
@pytest.mark.parametrize(("text", "event_type", "sub_event_type"), NOT_YET)
def test_codebook_notes_not_yet(text: str, event_type: str, sub_event_type: str) -> None:
    assert types(text) == (event_type, sub_event_type)


# The general rules these notes brought, each with sentences where it must not fire.
RULES = [
    # a participle hung on its subject with an object of its own is active: the noun did it
    (
        "Rebel fighters hacked to death four farmers near the river.",
        "Violence against civilians",
        "Attack",
    ),
    ("Soldiers killed in an ambush by militants were buried on Monday.", "Battles", "Armed clash"),
    # "at"/"on" after a verb with a person as object is where, not whom
    ("Police shot a trader at a checkpoint in the city.", "Violence against civilians", "Attack"),
    ("Gunmen fired at a checkpoint in the city, killing two soldiers.", "Battles", "Armed clash"),
    # "retook control" parsed as a noun phrase; "fell to"
    (
        "The national army retook control of the district from the rebels.",
        "Battles",
        "Government regains territory",
    ),
    (
        "The district capital fell to rebel fighters on Sunday.",
        "Battles",
        "Non-state actor overtakes territory",
    ),
    ("The district capital fell to the army on Sunday.", "Battles", "Government regains territory"),
    # territory changing hands with no fighting
    (
        "Rebels took over the town unopposed after the garrison left.",
        "Strategic developments",
        "Non-violent transfer of territory",
    ),
    (
        "The rebels handed over control of the border post to the army.",
        "Strategic developments",
        "Non-violent transfer of territory",
    ),
    (
        "The army took over the base after the withdrawal of the peacekeepers.",
        "Strategic developments",
        "Non-violent transfer of territory",
    ),
    (
        "The army took over the base after heavy fighting with the rebels.",
        "Battles",
        "Government regains territory",
    ),
    (
        "The army recaptured the base after the rebels withdrew.",
        "Battles",
        "Government regains territory",
    ),
    # "seized" by its object
    (
        "Armed men seized three travellers on the highway.",
        "Violence against civilians",
        "Abduction/forced disappearance",
    ),
    ("Police seized two suspects at the market.", "Strategic developments", "Arrests"),
    (
        "Rebels seized the town after a day of fighting.",
        "Battles",
        "Non-state actor overtakes territory",
    ),
    (
        "Gunmen seized a truck on the highway.",
        "Strategic developments",
        "Looting/property destruction",
    ),
    (
        "Settlers seized a large area of farmland near the village.",
        "Strategic developments",
        "Looting/property destruction",
    ),
    # a person named by a crime is no event of its own
    ("A suspected kidnapper was beaten to death by a mob in the market.", "Riots", "Mob violence"),
    ("Police arrested two kidnappers in the city.", "Strategic developments", "Arrests"),
    (
        "Gunmen kidnapped two traders in the city.",
        "Violence against civilians",
        "Abduction/forced disappearance",
    ),
    # live fire on a demonstration; fire that is tear gas is an intervention
    (
        "Soldiers opened fire on a march of students, killing two.",
        "Protests",
        "Excessive force against protesters",
    ),
    ("Police fired tear gas on the march of students.", "Protests", "Protest with intervention"),
    (
        "Police fired live rounds to disperse protesting traders, killing one.",
        "Protests",
        "Excessive force against protesters",
    ),
    ("Police fired live rounds at a gang in the market, killing one.", "Battles", "Armed clash"),
    # demonstrators' arson is a riot
    (
        "Demonstrators set fire to the town hall during the protest.",
        "Riots",
        "Violent demonstration",
    ),
    (
        "Demonstrators marched to the town hall, where a fire had been set the night before.",
        "Protests",
        "Peaceful protest",
    ),
    # "traded fire"
    ("Soldiers and militants traded fire near the bridge.", "Battles", "Armed clash"),
    # an incursion is decided by whom it killed; a killing outranks an abduction of the same raid
    (
        "Armed herders invaded the village, killing five villagers.",
        "Violence against civilians",
        "Attack",
    ),
    ("Militants invaded the army base, killing five soldiers.", "Battles", "Armed clash"),
    (
        "Gunmen abducted four travellers and killed their driver.",
        "Violence against civilians",
        "Attack",
    ),
    (
        "Gunmen abducted the son of a trader killed last year.",
        "Violence against civilians",
        "Abduction/forced disappearance",
    ),
    # a weapon found (up its noun phrase to the verb), burned people, a new camp
    (
        "Troops discovered and destroyed a bomb factory in the forest.",
        "Strategic developments",
        "Disrupted weapons use",
    ),
    ("Separatists burned a trader alive in the market.", "Violence against civilians", "Attack"),
    (
        "Separatists burned a school in the village.",
        "Strategic developments",
        "Looting/property destruction",
    ),
    (
        "Militants established a new camp near the river.",
        "Strategic developments",
        "Headquarters or base established",
    ),
    # arrested at a demonstration told in a progressive clause; not a past one
    (
        "Police detained 12 students who were taking part in a march.",
        "Protests",
        "Protest with intervention",
    ),
    (
        "Police arrested the man who organised a march last year.",
        "Strategic developments",
        "Arrests",
    ),
    # killed during a demonstration; a violent protest; an attack told with "as"
    (
        "Soldiers shot dead a teacher during a march in the capital.",
        "Protests",
        "Excessive force against protesters",
    ),
    (
        "A violent protest took place in the market over a new tax.",
        "Riots",
        "Violent demonstration",
    ),
    (
        "A protest broke out in the market as traders attacked tax collectors.",
        "Riots",
        "Violent demonstration",
    ),
    (
        "A protest broke out in the market as police arrested two traders.",
        "Protests",
        "Protest with intervention",
    ),
    # the subject of a cue of several words; "control" is of a place
    (
        "Government troops regained control of Kilo after a week of fighting.",
        "Battles",
        "Government regains territory",
    ),
    # communities fighting with guns are communal militias in battle, with sticks a riot
    (
        "Herders and farmers armed with guns clashed near the river.",
        "Battles",
        "Armed clash",
    ),
    (
        "Herders and farmers clashed near the river.",
        "Riots",
        "Mob violence",
    ),
    # a gun fired in a brawl does not arm its sides
    (
        "A shot was fired during a fight between two groups of teenagers in the park.",
        "Riots",
        "Mob violence",
    ),
    # ordnance left behind
    (
        "An unexploded rocket exploded in a field, killing a boy.",
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    ),
    (
        "A rocket exploded in a field, killing a boy.",
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    ),
    # an arrest announced is done; a strike announced is not
    (
        "Police announced the arrest of two men in the city.",
        "Strategic developments",
        "Arrests",
    ),
    # a mine driven over or stepped on; a gold mine attacked is no landmine
    (
        "Three soldiers were wounded when their truck ran over a mine near the border.",
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    ),
    (
        "Gunmen attacked a gold mine near the border, killing two guards.",
        "Violence against civilians",
        "Attack",
    ),
    # a peaceful procession; a funeral procession is none
    (
        "Students held a candlelight procession in the city to demand justice.",
        "Protests",
        "Peaceful protest",
    ),
    # a named group's authorities arrest; its fighters abduct
    (
        "Houthi authorities arrested three journalists in the capital.",
        "Strategic developments",
        "Arrests",
    ),
    (
        "Houthi fighters arrested three journalists in the capital.",
        "Violence against civilians",
        "Abduction/forced disappearance",
    ),
    # a rocket-propelled grenade is a rocket; a hand grenade is a grenade
    (
        "Militants fired a rocket-propelled grenade at an army truck.",
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    ),
    (
        "Militants threw a grenade at an army truck.",
        "Explosions/Remote violence",
        "Grenade",
    ),
    # heavy weapons answered with fire are a battle; unanswered, shelling
    (
        "Rebels attacked the base with mortars. The attack was repelled after a gunfight.",
        "Battles",
        "Armed clash",
    ),
    (
        "Rebels attacked the base with mortars. Two soldiers were wounded.",
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    ),
    # a demonstration a victim was reporting on is the setting, not the kind of the attack
    (
        "A reporter was beaten by party supporters while filming a rally in the city.",
        "Violence against civilians",
        "Attack",
    ),
]


@pytest.mark.parametrize(("text", "event_type", "sub_event_type"), RULES)
def test_codebook_rules(text: str, event_type: str, sub_event_type: str) -> None:
    assert types(text) == (event_type, sub_event_type)


def test_a_strike_announced_for_later_is_no_event() -> None:
    assert types("The union announced a strike for next week.") == (None, None)


def test_a_funeral_procession_is_no_event() -> None:
    assert types("A funeral procession was held for the two men on Sunday.") == (None, None)
