"""analyse/where: the event's country from the text's actors, peoples and regions (sentences
written here)."""

from __future__ import annotations

from collections import defaultdict

from newsfold.analyse.gazetteer import get_gazetteer, name_key, translit_key
from newsfold.analyse.nlp import get_nlp
from newsfold.analyse.where.countries import (
    _country_from_names,
    _route_countries,
    _spelled_town_vote,
)
from newsfold.analyse.where.evidence import _demonym_at
from newsfold.analyse.where.mentions import _Mention

from .where_helpers import event


def mention(name: str, text: str, prep: str) -> _Mention:
    """The mention of `name` in `text` said after `prep`, with its gazetteer readings."""
    g = get_gazetteer()
    start = text.find(name)
    key = name_key(name)
    return _Mention(0, 1, start, start + len(name), name, key, g.lookup(name), 0, prep=prep)


def demonym(text: str, word: str) -> str:
    tok = [t.text for t in get_nlp()(text)]
    return _demonym_at(get_gazetteer(), tok, tok.index(word))


def test_a_sponsor_or_a_country_name_is_no_demonym() -> None:
    assert demonym("Iranian-backed militias fired rockets.", "Iranian") == ""
    assert demonym("Two Saudi-led coalition jets flew over.", "Saudi") == ""
    assert demonym("Troops crossed into Saudi Arabia.", "Saudi") == ""
    assert demonym("Saudi troops crossed the border.", "Saudi") == "SA"
    assert demonym("Iranian militias fired rockets.", "Iranian") == "IR"


def test_a_two_word_demonym_is_its_own_country() -> None:
    assert demonym("South Sudanese soldiers raided a camp.", "Sudanese") == "SS"
    assert demonym("Sudanese soldiers raided a camp.", "Sudanese") == "SD"
    ev = event("On 2 May 2020, South Sudanese soldiers clashed with cattle raiders.")
    assert ev.country == "South Sudan"


def test_a_demonym_written_with_other_accents_is_found() -> None:
    assert demonym("Burkinabè soldiers patrolled the road.", "Burkinabè") == "BF"
    assert demonym("Burkinabe soldiers patrolled the road.", "Burkinabe") == "BF"
    assert demonym("BURKINABÈ soldiers patrolled the road.", "BURKINABÈ") == "BF"


def test_local_factions_outweigh_foreign_forces() -> None:
    ev = event(
        "On 3 May 2020, pro-Hadi forces landed on a small island, while Saudi aircraft "
        "flew over the area. The forces left the port later that day."
    )
    assert ev.country == "Yemen"


def test_a_country_named_in_an_aside_gives_way_to_the_actors() -> None:
    ev = event(
        "On 3 May 2020, Saudi-led coalition airstrikes hit Wadi Zirqan area near the Yemeni "
        "border. Houthi fighters later shelled a Yemeni village. Strikes were also reported "
        "in Saudi Arabia last month."
    )
    assert ev.country == "Yemen"


def test_a_country_in_the_lede_stays() -> None:
    ev = event(
        "On 3 May 2020, Houthi forces fired a missile into Saudi Arabia, the coalition said. "
        "Houthi officials in Sanaa claimed the attack."
    )
    assert ev.country == "Saudi Arabia"


def test_a_big_city_and_its_part_in_city_part_form() -> None:
    # "Athens-Central Athens": the city is said in full, whatever else the text says
    ev = event("On 3 May 2020, teachers protested in Athens-Central Athens against the bill.")
    assert (ev.country, ev.location) == ("Greece", "Athens-Central Athens")
    ev = event("On 3 May 2020, nurses gathered in Neo Lofaki [coded to Athens-Central Athens].")
    assert (ev.country, ev.location) == ("Greece", "Athens-Central Athens")


def test_two_towns_joined_are_no_city_part() -> None:
    ev = event("On 3 May 2020, a man was shot in Dallas-Fort Worth on Sunday.")
    assert ev.location == "Dallas"
    ev = event("On 3 May 2020, protesters blocked the Kabul-Jalalabad highway for hours.")
    assert ev.location == "Kabul"
    ev = event("On 3 May 2020, a rally in Athens - the capital - drew thousands.")
    assert ev.location == "Athens"


def test_a_province_written_with_its_french_article() -> None:
    # GeoNames: "Province de la Tapoa", "Province de l'Oudalan"; reports: "Tapoa", "Oudalan"
    from newsfold.analyse.gazetteer import admin_variants

    assert "tapoa" in admin_variants("Province de la Tapoa")
    assert "bale" in admin_variants("Province des Bale")
    assert "oudalan" in admin_variants("Province de l'Oudalan")
    assert admin_variants("Province de Lima") >= {"lima"}  # not "ima"


def test_a_district_qualifier_names_the_country() -> None:
    ev = event("On 3 May 2020, gunmen killed a teacher in Zorbatenga (Kodjenga, Tapoa).")
    assert ev.country == "Burkina Faso"
    ev = event("On 3 May 2020, gunmen killed a teacher in Zorbatenga (Tapoa).")
    assert ev.country == "Burkina Faso"


def test_one_countrys_units_and_factions_name_it() -> None:
    ev = event(
        "On 3 May 2020, a bomb exploded in Gairigaun village of Sundar Rural Municipality-4."
    )
    assert ev.country == "Nepal"
    ev = event("On 3 May 2020, farmers protested at the office of Kolbo kebele over land.")
    assert ev.country == "Ethiopia"
    ev = event("On 3 May 2020, Naxalites torched two trucks near Pundarpali village.")
    assert ev.country == "India"


def test_an_actor_does_not_move_a_named_town() -> None:
    # Peshmerga are Iraq's; a town the text names in Syria stays in Syria
    ev = event("On 3 May 2020, Peshmerga fighters crossed into Syria and clashed in Qamishli.")
    assert ev.country == "Syria"


def test_the_only_place_of_its_name_in_a_text_pointing_nowhere() -> None:
    ev = event("On 3 May 2020, villagers blocked a road in Gorta, Khelvachauri municipality.")
    assert ev.country == "Georgia"
    # the text points elsewhere: a village of that name is more likely there
    ev = event("On 3 May 2020, Nigerian troops raided a camp in Gorta, Khelvachauri municipality.")
    assert ev.country == "Nigeria"


def test_a_bracketed_town_after_a_sites_name_is_no_part_of_it() -> None:
    ev = event(
        "On 8 May 2020, porters barricaded roads in front of the Tozeur-Nefta International "
        "Airport (Tozeur) and blocked the main road."
    )
    assert ev.country == "Tunisia"


def test_a_units_seat_under_its_short_name_is_the_town() -> None:
    # GeoNames: the municipality "Zamora" and its seat "Zamora de Hidalgo" (also "Zamora")
    ev = event("On 1 May 2020, in Zamora, Michoacan, gunmen shot a shopkeeper dead.")
    assert (ev.location, ev.geo_precision) == ("Zamora de Hidalgo", 1)
    ev = event("On 1 May 2020, farmers blocked roads across Zamora municipality, Michoacan.")
    assert (ev.location, ev.geo_precision) == ("Zamora", 2)  # the municipality


def test_a_city_its_province_is_named_after() -> None:
    # GeoNames: the city "Mahilyow" (also "Mogilev"), the province "Mogilev"
    ev = event("On 2 May 2020, about 20 people protested in Mogilev against the new tax.")
    assert (ev.location, ev.admin1, ev.geo_precision) == ("Mogilev", "Mogilev", 1)
    ev = event("On 2 May 2020, shells hit farms in Hama countryside, a monitor said.")
    assert ev.geo_precision == 3  # the province


def test_a_province_answers_to_its_seats_spelling() -> None:
    # GeoNames: the governorate "Bajah", its seat "Béja"; Portugal has a district "Beja"
    ev = event("On 6 May 2020, farmers protested in front of the office in Kef Ennsour (Beja).")
    assert ev.country == "Tunisia"
    ev = event("On 6 May 2020, nurses protested outside the hospital in Beja, Portugal.")
    assert ev.country == "Portugal"


def test_the_country_its_doubtful_names_can_be_in_when_nothing_else_places_it() -> None:
    # the villages are too small or doubtful to place the event, but they are all in Lebanon
    ev = event(
        "On 3 May 2020, shopkeepers protesting the fall of the US dollar exchange rate "
        "blocked the Rashayya-Qarqaf road with tyres."
    )
    assert (ev.country, ev.iso3, ev.location) == ("Lebanon", "LBN", None)
    ev = event(
        "On 3 May 2020, rioters hurled stones at a bank branch in Bzoummar near the southern "
        "entrance to Baalbek."
    )
    assert ev.country == "Lebanon"


def test_no_country_from_a_currency_or_from_no_name() -> None:
    # "the US dollar" is a currency, not a place: no country at all
    ev = event(
        "On 3 May 2020, shopkeepers protesting against the high US dollar exchange rate "
        "closed their shops."
    )
    assert ev.country is None
    ev = event("On 2 May 2020, dozens of graduates protested in front of the directorate.")
    assert ev.country is None


def test_the_names_shared_vote_goes_to_the_country_most_of_them_can_be_in() -> None:
    g = get_gazetteer()

    def mention(name: str, *, actor: bool = False, fuzzy: bool = False) -> _Mention:
        key = name.lower()
        return _Mention(0, 1, 0, 1, name, key, g.lookup(name), 0, actor=actor, fuzzy=fuzzy)

    homs = mention("Homs")  # Syria's city and province, and Al Khums in Libya
    assert _country_from_names(g, [homs]) == "SY"
    # two Lebanese names outweigh one name shared by Syria and Libya
    assert _country_from_names(g, [homs, mention("Baalbek"), mention("Rashayya")]) == "LB"
    # a country used as an actor ("Turkish government") or a skeleton match does not vote
    assert _country_from_names(g, [mention("Turkey", actor=True)]) == ""
    assert _country_from_names(g, [mention("Baalbek", fuzzy=True)]) == ""
    # one vote per name, however often it is repeated
    assert _country_from_names(g, [homs, homs, mention("Baalbek")]) == "LB"


def test_a_province_spelled_otherwise_names_its_country() -> None:
    # GeoNames: "Lower Shabeelle", "Salah ad Din", "Wasit", "Al Jifarah", "Shamal Sina'"
    ev = event("On 3 May 2020, gunmen killed two civilians in Bulo Qqaawo (Lower Shabelle).")
    assert ev.country == "Somalia"
    ev = event("On 3 May 2020, gunmen killed two civilians in Albu Qqawud (Sala al-Din).")
    assert ev.country == "Iraq"
    ev = event("On 3 May 2020, two civilians were killed in Qaryat Qqamra, Wassit governorate.")
    assert ev.country == "Iraq"
    ev = event("On 3 May 2020, gunmen killed two civilians in Bir Qqutu (Aljfara).")
    assert ev.country == "Libya"
    ev = event("On 3 May 2020, gunmen killed two civilians in Bir Qqahfan (North Sinai).")
    assert ev.country == "Egypt"


def test_a_spelling_close_to_provinces_of_two_countries_or_too_short_names_none() -> None:
    from newsfold.analyse.where.evidence import _Evidence, _spelled_unit_evidence

    g = get_gazetteer()

    def units(text: str) -> dict[str, float]:
        ev = _Evidence()
        _spelled_unit_evidence(g, text, [], ev)
        return dict(ev.units)

    assert units("Clashes in Bulo Qqaawo (Lower Shabelle).") == {"SO": 1.5}
    # a name found as it is written is the gazetteer's business, not a spelling's
    assert units("Clashes in Qqaawo (Ghazni).") == {}
    # "El Bouni" is two consonants from Bolivia's "El Beni": not alike enough
    assert units("A sit-in in Qqaawo (El Bouni).") == {}
    # "Amadiya": only Yemen's "Amd" shares its skeleton, and it is not alike
    assert units("A bomb went off in Qqaawo (Amadiya).") == {}
    # no brackets, no unit word: not a unit's place
    assert units("Sala al-Din said the Lower Shabelle was dry.") == {}
    # a long skeleton alone is no spelling: "Quissanga" (q read k) has Malawi's Kasungu's
    # skeleton, but is not half alike it; "Hadhramout" (Yemen's "Muhafazat Hadramawt") is
    assert units("Militants raided Qqaawo village (Quissanga).") == {}
    assert units("Fishermen protested in Qqaawo (Hadhramout).") == {"YE": 1.5}


def test_letters_transliterations_swap_and_a_towns_own_name() -> None:
    # GeoNames: the province "Parvan" ("Parwan" is only another name of a town in it)
    ev = event("On 2 May 2020, police raided the Qqarraz village of Ghorband district, Parwan.")
    assert ev.country == "Afghanistan"
    ev = event("On 3 May 2020, gunmen killed two civilians in Um Qqakhla (Thi-Qar).")
    assert ev.country == "Iraq"
    # "Athens" is Athens as written, not a spelling of Ohio's Athens County
    ev = event(
        "On 7 May 2020, dock workers held a sit-in near the ministry [coded to Athens-Central "
        "Athens]."
    )
    assert ev.country == "Greece"


def test_a_one_word_province_alike_one_word_of_one_countrys_province() -> None:
    # GeoNames: "Santiago Metropolitan", "Autonomna Pokrajina Vojvodina"
    ev = event("On 5 May 2020, in Qqaville (Metropolitana), firefighters protested against cuts.")
    assert ev.country == "Chile"
    ev = event("On 5 May 2020, in Qqaville (Vojvodina), farmers protested.")
    assert ev.country == "Serbia"
    # a word many countries' provinces share, or no province's word at all
    assert event("On 5 May 2020, in Qqaville (Autonomous), farmers protested.").country is None
    assert event("On 5 May 2020, in Qqaville (Reuters), farmers protested.").country is None


def test_a_nationalitys_people_outweigh_its_forces_and_its_people_abroad() -> None:
    # armies act abroad, people are mostly at home
    ev = event("On 3 May 2020, Israeli forces shot and injured a Palestinian man in Qqaryat.")
    assert ev.country == "Palestinian Territory"
    ev = event("On 3 May 2020, Turkish forces shelled Qqaryat village, wounding two Syrian men.")
    assert ev.country == "Syria"
    # refugees and migrants are abroad: the force's country here
    ev = event(
        "On 3 May 2020, the Burkinabe army entered a camp in Qqaryat and beat Malian refugees."
    )
    assert ev.country == "Burkina Faso"
    # a force alone still names its country
    assert event("On 3 May 2020, Turkish forces shelled Qqaryat village.").country == "Turkey"


def test_no_spelled_province_from_a_speaker_or_a_us_hamlet() -> None:
    from newsfold.analyse.where.evidence import _Evidence, _spelled_unit_evidence

    g = get_gazetteer()

    from newsfold.analyse.where.evidence import _unit_place
    from newsfold.analyse.where.mentions import _Mention

    def units(text: str) -> dict[str, float]:
        ev = _Evidence()
        _spelled_unit_evidence(g, text, [], ev)
        return dict(ev.units)

    def after_comma(text: str, name: str) -> bool:
        at = text.index(name)
        m = _Mention(0, 1, at, at + len(name), name, name.lower(), (), 0, prep=",")
        return _unit_place(m, text)

    # a name after a place's or a unit's comma is a qualifier; after any other comma, not
    assert after_comma("raided Qqarraz village of Ghorband district, Parwan.", "Parwan")
    assert after_comma("clashed in Qqarraz, Parwan.", "Parwan")
    assert not after_comma("The case goes on, Zappala said.", "Zappala")
    # US counties and parishes are not transliterated: "Tensaw" is no "Tensas Parish"
    assert units("A boy was shot near Qqaville (Tensaw).") == {}
    ev = event("A teen was shot in a hunting accident near Tensaw, the sheriff said on Monday.")
    assert ev.admin1 != "Louisiana"


def test_a_big_city_spelled_otherwise_names_its_country_as_a_last_resort() -> None:
    from newsfold.analyse.where.countries import _big_town_spelled

    g = get_gazetteer()
    # GeoNames: "Nasiriyah" (Iraq); neither the name nor its skeleton finds "Nassriya"
    ev = event("On 4 May 2020, dozens of graduates protested in Nassriya city over salaries.")
    assert (ev.country, ev.location) == ("Iraq", "Nassriya")
    assert {g.cc[i] for i in _big_town_spelled(g, "nassriya")} == {"IQ"}
    # only a name the text calls a city or a town: a village is no big town
    ev = event("On 4 May 2020, dozens of graduates protested in Nassriya village over salaries.")
    assert ev.country is None
    # too short a name to tell by its letters
    assert _big_town_spelled(g, "mina") == []


def test_the_names_vote_trusts_a_places_own_name_and_a_qualifiers_comma_only() -> None:
    from newsfold.analyse.where.countries import _country_from_names
    from newsfold.analyse.where.mentions import _Mention

    g = get_gazetteer()

    def mention(name: str, text: str = "", prep: str = "") -> _Mention:
        start = text.find(name) if text else 0
        return _Mention(
            0, 1, start, start + len(name), name, name.lower(), g.lookup(name), 0, prep=prep
        )

    # "Moria" is a Greek village's own name, and only an alternate name of Jerusalem
    assert _country_from_names(g, [mention("Moria")]) == "GR"
    # a name only alternate readings bear still votes when it is all there is
    assert _country_from_names(g, [mention("Kiev", "Nurses marched in Kiev.", "in")]) == "UA"
    # after a comma that follows no place, a name is no qualifier; and "Taliban" is only an
    # alternate name of a hamlet: the town named as itself wins
    text = "Around 7 May 2020, Taliban fighters attacked a post in Ghazni."
    taliban, ghazni = mention("Taliban", text, ","), mention("Ghazni", text, "in")
    assert _country_from_names(g, [taliban, ghazni], None, text) == "AF"
    # after a place's comma it is one: "..., Ghazni" outweighs a name said bare
    text = "Gunmen shot a man in Qqarzoo, Ghazni. Relatives later marched to Moria."
    qual, moria = mention("Ghazni", text, ","), mention("Moria", text, "to")
    assert _country_from_names(g, [moria, qual], None, text) == "AF"


def test_a_qualifiers_units_outweigh_its_towns_and_a_towns_spelling_is_half_a_vote() -> None:
    from newsfold.analyse.where.countries import _country_from_names
    from newsfold.analyse.where.mentions import _Mention

    g = get_gazetteer()

    def mention(name: str, text: str, prep: str, **kw: object) -> _Mention:
        start = text.find(name)
        ids = g.lookup(name)
        key = name_key(name)
        return _Mention(0, 1, start, start + len(name), name, key, ids, 0, prep=prep, **kw)  # type: ignore[arg-type]

    # "Al Bayda": a governorate of Yemen, and a bigger town of Libya
    text = "Airstrikes hit Qqarzoo areas (Qqaf, Al Bayda)."
    assert _country_from_names(g, [mention("Al Bayda", text, ",")], None, text) == "YE"
    # said bare, the bigger town is as likely
    text = "Dozens of students marched to Al Bayda on Monday."
    assert _country_from_names(g, [mention("Al Bayda", text, "to")], None, text) == "LY"
    # a town the text calls a town, spelled four fifths like a big city ("Kolokatta":
    # Kolkata), is half a vote: a province named in a qualifier's place outweighs it
    text = "Gunmen looted Kolokatta town (Qqaf, Extreme-Nord)."
    town = mention("Kolokatta", text, "looted", local=True, kind_word="town")
    assert _country_from_names(g, [town], None, text) == "IN"
    far_north = mention("Extreme-Nord", text, ",")
    assert _country_from_names(g, [town, far_north], None, text) == "CM"


def test_a_province_newer_than_the_gazetteers_map_names_its_country() -> None:
    # the DRC's provinces of 2015: GeoNames' admin1 codes still follow the 11 before
    ev = event("On 3 May 2020, soldiers clashed with militiamen in Qqabo (Qqamba, Tanganyika).")
    assert ev.country == "Democratic Republic of the Congo"
    ev = event("On 3 May 2020, gunmen attacked Qqabo village in Ituri province.")
    assert ev.country == "Democratic Republic of the Congo"
    # a town of the old province it was carved from stays credible
    ev = event("On 3 May 2020, militiamen attacked Qqabo village (Djugu, Ituri).")
    assert (ev.country, ev.admin1) == ("Democratic Republic of the Congo", "Eastern Province")
    # not out of a unit's place: a lake is no province
    ev = event("On 3 May 2020, fishermen protested on the shore of Lake Tanganyika.")
    assert ev.country != "Democratic Republic of the Congo"


def test_an_unknown_villages_spelling_names_its_country_only_beyond_doubt() -> None:
    # invented names the gazetteer lacks, spelled as Ukraine's and Mexico's places are
    ev = event("On 5 May 2020, shelling was reported near Oleksandrovyrivka.")
    assert (ev.country, ev.admin1, ev.location) == ("Ukraine", None, "Oleksandrovyrivka")
    ev = event("On 12 August 2020, in San Bartolo de los Tepetatitos, gunmen fired at a patrol.")
    assert ev.country == "Mexico"
    # a spelling several countries share, or too short to tell, gives none
    assert event("On 30 April 2020, residents clashed in Zouqaba.").country is None
    assert event("On 30 April 2020, protesters gathered near Qqabo.").country is None
    # nor a name not said as a place
    assert event("On 30 April 2020, Oleksandrovyrivka said the talks had failed.").country is None


def test_a_village_known_only_by_its_skeleton_is_placed_by_its_spelling() -> None:
    # invented names the gazetteer knows only by their consonant skeleton ("Kodyane",
    # "Tyshyne": towns of other countries), spelled as Ukraine's places are
    for name in ("Kodyane", "Tyshyne"):
        ev = event(f"On 8 May 2020, observers recorded 14 explosions near {name}.")
        assert ev.country == "Ukraine", name
    # a lead short of certainty (3 to 5) still names the country most likely: an invented
    # name spelled rather as Greece's villages are than as Bulgaria's
    assert event("On 3 May 2020, a cafe was vandalized in Mramoritsa.").country == "Greece"
    # a spelling no country owns beyond doubt gives none, nor a name not said as a place
    assert event("On 8 May 2020, observers recorded explosions near Medyane.").country is None
    assert event("On 8 May 2020, Kodyane said the talks had failed.").country is None


def test_an_english_word_votes_only_when_said_as_a_place() -> None:
    g = get_gazetteer()

    # "On" after a note's heading is a word, not Belgium's village
    text = "Arrests: On 4 May 2020, police detained two men."
    assert g.lookup("On") and _country_from_names(g, [mention("On", text, ":")], None, text) == ""
    # "Reading" said with "in" is a place: it votes
    text = "Dozens of nurses protested in Reading over their pay."
    assert _country_from_names(g, [mention("Reading", text, "in")], None, text) != ""


def test_a_district_geonames_lacks_is_found_in_iso_3166_2() -> None:
    # Omoro: a Ugandan district of 2016, in ISO 3166-2 and not in GeoNames' cities500
    ev = event("On 2 May 2020, two clan militias clashed in Kibbutu village (Omoro district).")
    assert ev.country == "Uganda"


def test_a_town_geonames_lacks_gives_its_country_when_nothing_else_does() -> None:
    # Hidaybu: a Yemeni district on Socotra, a town of the list of 150,000 towns only
    ev = event("On 2 May 2020, a group of fishermen protested in Hidaybu.")
    assert ev.country == "Yemen"


def test_a_town_of_another_list_is_no_vote_when_not_said_as_a_place() -> None:
    # said as a person's name, not after "in", "near" or with a kind word: no vote
    ev = event("On 2 May 2020, Hidaybu said the talks had failed.")
    assert ev.country is None


def test_an_ambiguous_qualifier_is_read_from_the_village_s_spelling() -> None:
    # La Libertad: a region of Peru and a department of El Salvador; the village (invented)
    # is spelled like Salvadoran towns
    ev = event("On 3 May 2020, in Chalquetepeque (La Libertad), gang members fired at police.")
    assert ev.country == "El Salvador"
    # spelled like Peruvian towns: Peru's region, as the bigger one
    ev = event("On 3 May 2020, in Huamachuquito (La Libertad), gang members fired at police.")
    assert ev.country == "Peru"


def test_palestinians_in_jerusalem_are_in_east_jerusalem() -> None:
    ev = event(
        "On 2 May 2020, Israeli forces arrested four Palestinians in the Wadi Qaddum "
        "neighbourhood of Jerusalem."
    )
    assert ev.iso3 == "PSE"
    assert ev.admin1 == "West Bank"
    # Israelis in Jerusalem, and Palestinians in another Israeli city, stay in Israel
    ev = event("On 2 May 2020, Israeli nurses protested in Jerusalem city against pay cuts.")
    assert ev.country == "Israel"
    ev = event("On 2 May 2020, Israeli forces arrested four Palestinians in Haifa.")
    assert ev.country == "Israel"


def test_a_numbered_part_of_a_town_gives_the_town_s_country() -> None:
    # "Zolote-3": a numbered settlement by Zolote (Ukraine) the gazetteer lacks
    ev = event("On 3 May 2020, observers recorded 12 explosions near Zolote-3.")
    assert ev.country == "Ukraine"


def test_a_numbered_name_that_is_a_word_or_no_place_gives_no_country() -> None:
    # an English word and a number: a road, no town's part
    assert event("On 3 May 2020, observers recorded 12 explosions near Route 9.").country is None
    # the numbered name said as a person's or a group's, not as a place
    assert event("On 3 May 2020, Zolote-3 said the talks had failed.").country is None


def test_a_town_opening_a_site_s_name_gives_its_country() -> None:
    # Donetsk: Ukraine's big city (and province); Russia's town of the name is far smaller
    ev = event("On 8 May 2020, observers recorded 40 shots near Donetsk Filtration Station.")
    assert ev.country == "Ukraine"


def test_a_site_named_after_an_english_word_gives_no_country() -> None:
    # "Central": an English word and only small towns' name
    ev = event("On 8 May 2020, observers recorded 40 shots near Central Filtration Station.")
    assert ev.country is None


def test_what_the_text_calls_a_province_tells_two_countries_provinces_apart() -> None:
    # India's provinces are states, Pakistan's provinces; Venezuela's states, Colombia's
    # departments
    ev = event("On 3 May 2020, farmers protested across the state of Punjab over crop prices.")
    assert (ev.country, ev.admin1) == ("India", "Punjab")
    ev = event("On 3 May 2020, farmers protested across Punjab state over crop prices.")
    assert ev.country == "India"
    ev = event("On 3 May 2020, farmers protested across Punjab province over crop prices.")
    assert ev.country == "Pakistan"
    ev = event("On 3 May 2020, miners blocked a road in Bolivar state over unpaid wages.")
    assert (ev.country, ev.admin1) == ("Venezuela", "Bolivar")
    ev = event("On 3 May 2020, miners blocked a road in Bolivar department over unpaid wages.")
    assert (ev.country, ev.admin1) == ("Colombia", "Bolivar")


def test_a_unit_word_every_or_no_country_uses_or_an_organisation_tells_nothing() -> None:
    bare = event("On 3 May 2020, farmers protested across Punjab over crop prices.").country
    # "district" names units of both countries: the bare name's reading stands
    ev = event("On 3 May 2020, farmers protested across Punjab district over crop prices.")
    assert ev.country == bare
    # the state in an organisation's name is no province said as a state
    ev = event("On 3 May 2020, nurses of the Punjab State Health Society protested in Lahore.")
    assert ev.country == "Pakistan"


def test_an_organisation_named_after_a_province_gives_its_country_as_a_last_resort() -> None:
    # the village is unknown and no other name votes: the Kerman company is at home in Iran
    ev = event(
        "On 4 May 2020, workers of Kerman Copper Company held a protest in Dashtabzarak "
        "against unpaid wages."
    )
    assert ev.country == "Iran"


def test_an_organisation_s_place_gives_way_to_any_other_and_to_english_words() -> None:
    ev = event(
        "On 4 May 2020, workers of Kerman Copper Company held a protest in Herat against "
        "unpaid wages."
    )
    assert ev.country == "Afghanistan"
    ev = event("On 4 May 2020, staff of the Central Bank held a protest in Zouqaba.")
    assert ev.country is None
    ev = event("On 4 May 2020, officers of the Police Station held a protest in Zouqaba.")
    assert ev.country is None


def test_an_ambiguous_qualifier_needs_a_smaller_spelling_lead_among_its_few_countries() -> None:
    # Plateau: a state of Nigeria and a department of Benin; the village's letters are
    # Beninese (a lead of 5 among the two, short of the 10 asked among all countries) ...
    ev = event("On 30 April 2020, militias attacked Kpankou (Plateau) and killed 6 residents.")
    assert (ev.country, ev.admin1) == ("Benin", "Plateau")
    # ... and a Hausa name's are Nigerian
    ev = event("On 30 April 2020, militias attacked Tudun Wada Gidan (Plateau) and killed 6.")
    assert ev.country == "Nigeria"


def test_an_ambiguous_qualifier_reads_a_village_known_only_by_its_skeleton() -> None:
    # "Kettou" (invented) is found only by its consonant skeleton (Kyoto, Waikato, Kitui):
    # its letters are Beninese all the same, so Plateau is Benin's department
    ev = event("On 30 April 2020, militias attacked Kettou (Plateau) and killed 6 residents.")
    assert (ev.country, ev.admin1) == ("Benin", "Plateau")
    # a lead of 3 to 5 among the qualifier's countries is enough: "Houndjo" (invented) is
    # rather Beninese than Nigerian, though less surely than "Kpankou"
    ev = event("On 30 April 2020, militias attacked Houndjo (Plateau) and killed 6 residents.")
    assert (ev.country, ev.admin1) == ("Benin", "Plateau")


def test_a_country_people_abroad_came_from_is_no_scene_of_an_unknown_village() -> None:
    # the village is unknown; Afghanistan and Libya are where the migrants came from
    ev = event(
        "On 4 May 2020, residents rallied in Ano Peristerouda against 200 migrants (mostly "
        "from Afghanistan) who arrived by bus."
    )
    assert ev.country == "Greece"
    ev = event(
        "On 4 May 2020, residents rallied in Ano Peristerouda against housing refugees brought "
        "over from the fighting in Libya."
    )
    assert ev.country == "Greece"


def test_forces_withdrawn_from_a_country_or_one_also_said_as_a_scene_stay_there() -> None:
    ev = event(
        "On 4 May 2020, Turkish forces withdrew from Syria after clashes near Ano Peristerouda."
    )
    assert ev.country == "Syria"
    ev = event("On 4 May 2020, migrants from Libya were detained in Ano Peristerouda, in Libya.")
    assert ev.country == "Libya"


def test_a_village_s_spelling_in_the_last_resort_needs_a_lead_of_five_only() -> None:
    # invented names: Ukrainian letters lead Russia's by 7 and 8 (short of 10, beyond 5) ...
    assert event("On 5 May 2020, observers recorded 3 explosions near Hrushevyk.").country == (
        "Ukraine"
    )
    assert event("On 5 May 2020, observers recorded 3 explosions near Lyshchevyk.").country == (
        "Ukraine"
    )
    # ... while letters several countries write alike still give none
    assert event("On 5 May 2020, observers recorded 3 explosions near Hnylets.").country is None


def test_a_unit_word_of_few_countries_places_a_note_no_name_places() -> None:
    # invented villages and units: "LGA" is Nigeria's word alone
    ev = event("On 2 May 2020, gunmen attacked Dankalawa village in Dankalawa LGA.")
    assert ev.country == "Nigeria"
    assert event("On 2 May 2020, gunmen attacked Dankalawa village.").country is None
    # "raion" is a word of five countries: the names' spelling picks among them
    ev = event("On 2 May 2020, shells hit Mineralne village in Velykyi raion.")
    assert ev.country == "Ukraine"
    ev = event("On 2 May 2020, an IED exploded in Dabaat area of Qusaybat nahiya.")
    assert ev.country == "Syria"


def test_a_unit_word_gives_way_to_names_and_keeps_out_other_countries() -> None:
    # a town's name outranks the word: Mombasa is Kenya's
    ev = event("On 2 May 2020, police dispersed a rally in Mombasa over the oblast reforms.")
    assert ev.country == "Kenya"
    # spelled rather as Greece's villages, but Greece has no oblasts: no country
    ev = event("On 2 May 2020, a protest was held in Mramoritsa over the new oblast budget.")
    assert ev.country is None
    # "lga" in lower case is no unit word
    assert event("On 2 May 2020, gunmen attacked Dankalawa village in the lga.").country is None


def test_an_arabic_article_read_alone_is_no_vote() -> None:
    g = get_gazetteer()

    # "Al" of an unknown "Al Qrubaytat" read alone: Norway has an Al, the note none
    text = "On 4 May 2020, jets targeted fuel trucks in Al Qrubaytat."
    al = mention("Al", text, "in")
    assert al.ids and _country_from_names(g, [al], None, text) == ""
    # a name beside it still votes
    text = "On 4 May 2020, jets targeted fuel trucks in Al Qrubaytat near Taizz."
    ms = [mention("Al", text, "in"), mention("Taizz", text, "near")]
    assert _country_from_names(g, ms, None, text) == "YE"


def test_a_unit_word_written_as_a_name_counts_only_after_the_unit_s_name() -> None:
    # "Kurfi LGA", "Velykyi Raion": the unit's name's last word; "at LGA" is an airport's code
    ev = event("On 2 May 2020, gunmen attacked Dankalawa village in Dankalawa LGA.")
    assert ev.country == "Nigeria"
    ev = event("On 2 May 2020, shells hit Mineralne village in Velykyi Raion.")
    assert ev.country == "Ukraine"
    assert event("On 2 May 2020, a man fired shots near Dankalawa at LGA.").country is None
    # English words are no unit words: "Regency" of a hotel, "rayon" a cloth
    ev = event("On 2 May 2020, a guest was shot at the Hyatt Regency in Dankalawa.")
    assert ev.country is None


def test_a_foreign_force_s_nationality_yields_to_the_names_spelling_and_unit_words() -> None:
    # no place resolves: the force's nationality says whose army, the names where it struck
    text = "On 3 May 2020, Russian forces shelled Pidhirnivka village and Yizhachivka village."
    assert event(text).iso3 == "UKR"
    ev = event("On 3 May 2020, Russian forces shelled Verkhnozavodske in Tulchynska hromada.")
    assert ev.iso3 == "UKR"
    text = (
        "On 3 May 2020, Turkish forces shelled the village of Khirbat Umm Zuwaydat in "
        "Dabaat nahiya."
    )
    assert event(text).iso3 == "SYR"
    text = (
        "On 3 May 2020, Turkish and Russian forces held a joint patrol in "
        "Khirbat Umm Zuwaydat in Dabaat nahiya."
    )
    assert event(text).iso3 == "SYR"
    text = (
        "On 3 May 2020, the Russian Armed Forces shelled Pidhirnivka village and Yizhachivka "
        "village."
    )
    assert event(text).iso3 == "UKR"


def test_a_cross_border_strike_goes_to_the_place_struck() -> None:
    assert event("On 3 May 2020, Israeli warplanes struck south Lebanon.").iso3 == "LBN"
    text = (
        "On 3 May 2020, Israeli warplanes struck the outskirts of Khirbat Umm Zuwaydat and "
        "Tall Dhiyabiyah village across the border."
    )
    # the villages' Levantine spelling, not the warplanes' nationality
    assert event(text).iso3 not in (None, "ISR")


def test_a_nationality_still_decides_when_it_is_no_force_s_or_nothing_else_speaks() -> None:
    # police are at home: their nationality stays the stronger evidence
    text = (
        "On 3 May 2020, Russian police detained activists in Novooleksandrivka near Zaliznychanske."
    )
    assert event(text).iso3 == "RUS"
    # a capitalised name that ends in no force word is no force's
    text = (
        "On 3 May 2020, the Russian Orthodox Church opened a school in Pidhirnivka village and "
        "Yizhachivka village."
    )
    assert event(text).iso3 == "RUS"
    # one unknown name's spelling is too weak a guess: armies fight at home too
    assert event("On 3 May 2020, Russian forces shelled Pidhirnivka village.").iso3 == "RUS"
    assert event("On 3 May 2020, Afghan forces repulsed an attack in Sabzeh Qalat.").iso3 == "AFG"
    # no place at all: the force's nationality is all there is
    assert event("On 3 May 2020, Russian troops shelled the village.").iso3 == "RUS"
    # "government forces" are the country's own
    text = "On 3 May 2020, Sudanese government forces raided the village of Khirbat Umm Zuwaydat."
    assert event(text).iso3 == "SDN"
    # a place that resolves is the scene anyway
    assert event("On 3 May 2020, Sudanese forces raided a market in Khartoum.").iso3 == "SDN"


def test_a_village_spelled_by_another_transliteration_gives_its_country() -> None:
    # GeoNames' "Al Qayyarah" (Iraq) and "Tall Tamr" (Syria), written with a single letter
    # and without the article, as reports often do; neither spelling is in the index
    assert event("On 6 May 2020, a farmer was wounded by a landmine in Qayareh.").country == "Iraq"
    assert event("On 6 May 2020, shells fell on houses in Tal Tamr.").country == "Syria"
    assert event("On 6 May 2020, gunmen fired on a boat near Luhayeh.").country == "Yemen"


def test_a_transliteration_vote_needs_one_country_a_place_and_the_article_both_sides() -> None:
    g = get_gazetteer()

    def votes(name: str, text: str, prep: str) -> dict[str, float]:
        out: dict[str, float] = defaultdict(float)
        _spelled_town_vote(g, mention(name, text, prep), out)
        return dict(out)

    text = "On 6 May 2020, a farmer was wounded by a landmine in Qayareh."
    assert votes("Qayareh", text, "in") == {"IQ": 1.0}
    # Syria's Kassab has no article: "al-Kasab" is another name
    text = "On 6 May 2020, a farmer was wounded by a landmine in Kasab."
    assert votes("Kasab", text, "in") == {"SY": 1.0}
    text = "On 6 May 2020, a farmer was wounded by a landmine in al-Kasab."
    assert votes("al-Kasab", text, "in") == {}
    # "Bousayra": Jordan's Busayra and Syria's Al Busayrah, two countries
    text = "On 6 May 2020, a farmer was wounded by a landmine in Bousayra."
    assert votes("Bousayra", text, "in") == {}
    # not said as a place
    text = "On 6 May 2020, Qayareh said the talks had failed."
    assert votes("Qayareh", text, "") == {}
    assert event(text).country is None


def test_translit_key_folds_transliterations_but_keeps_vowels() -> None:
    assert translit_key(name_key("Ash Shaddadah")) == translit_key(name_key("Shadadah"))
    assert translit_key(name_key("Zouq Mosbeh")) == translit_key(name_key("Zuk Mosbah"))
    assert translit_key(name_key("ech Choueifat")) == translit_key(name_key("Shueifat"))
    assert translit_key(name_key("Umm al-Karami")) == "um karami"
    assert translit_key(name_key("Hama")) != translit_key(name_key("Homs"))
    assert translit_key(name_key("Al")) == "al"  # an article alone stays


def test_a_toponym_s_opening_word_is_folded_across_transliterations() -> None:
    # GeoNames' "Khirbat Ghazalah", "Tall Hamis" (Syria), "Bani Hujjaj" (Yemen)
    ev = event("On 6 May 2020, shells fell on houses in Khirbet Ghazaleh.")
    assert ev.country == "Syria"
    assert event("On 6 May 2020, shells fell on houses in Tel Hamis.").country == "Syria"
    assert event("On 6 May 2020, gunmen raided a checkpoint in Beni Hujaj.").country == "Yemen"
    assert translit_key(name_key("Deir ez-Zor")) == translit_key(name_key("Dayr az Zor"))
    assert translit_key(name_key("Kfar Nabl")) == translit_key(name_key("Kafr Nabl"))
    # the word alone is a name of its own, not folded
    assert translit_key(name_key("Deir")) == "deir"


def test_a_route_s_name_gives_its_towns_countries() -> None:
    g = get_gazetteer()
    found = _route_countries(g, "Farmers blocked the Baalbek-Homs road at dawn.")
    assert [cc for _, _, cc in found] == ["LB", "SY"]  # in the order the road names them
    assert [cc for _, _, cc in _route_countries(g, "The Kabul - Kandahar highway was cut.")] == [
        "AF",
        "AF",
    ]
    assert [cc for _, _, cc in _route_countries(g, "Fighting went on along the Homs front.")] == [
        "SY"
    ]
    # no route word after the names: no route
    assert _route_countries(g, "Farmers from Baalbek and Homs met on Monday.") == []


def test_a_town_abroad_yields_to_its_road_s_country() -> None:
    # GeoNames' El Ain is Tunisian (and Al Ain Emirati); the road is Lebanese and Syrian
    text = "On 3 June 2021, farmers blocked the Baalbek-Homs road near the town of El Ain."
    ev = event(text)
    assert ev.iso3 == "LBN"  # the road's first town: its nearer end
    assert ev.location == "El Ain"
    front = event("On 3 June 2021, fighters clashed on the Homs front near the town of El Ain.")
    assert front.iso3 == "SYR"


def test_a_road_s_country_leaves_alone_a_town_the_note_places() -> None:
    # the note names its own country (a demonym or the country itself)
    tunisian = "On 3 June 2021, Tunisian farmers blocked the Baalbek-Homs road near El Ain."
    assert event(tunisian).iso3 == "TUN"
    named = "On 3 June 2021, farmers blocked the Baalbek-Homs road in El Ain in Tunisia."
    assert event(named).iso3 == "TUN"
    # a road named after a town across the border: the town is in one of its countries
    assert event("On 3 June 2021, farmers blocked the Homs-Baalbek road in Hermel.").iso3 == "LBN"
    # a big town is no namesake abroad
    assert event("On 3 June 2021, farmers blocked the Homs-Baalbek road in Benghazi.").iso3 == "LBY"
    # no road: the town stays
    assert event("On 3 June 2021, farmers blocked a road in the town of El Ain.").iso3 == "TUN"


def test_a_route_s_towns_vote_for_the_country_when_nothing_placed_the_event() -> None:
    # the road's town is a site's name, never the scene, but it says the country
    ev = event("On 3 June 2021, protesters blocked the Baalbek highway with burning tyres.")
    assert ev.iso3 == "LBN"
    assert ev.location is None
    assert event("On 3 June 2021, drivers blocked the Zahle-Chtaura road in protest.").iso3 == "LBN"
    # no town named in the route: no country
    assert event("On 3 June 2021, protesters blocked the road.").iso3 is None


def test_a_junction_named_after_a_town_votes_but_a_square_does_not() -> None:
    g = get_gazetteer()
    assert [cc for _, _, cc in _route_countries(g, "They blocked the Zahle roundabout.")] == ["LB"]
    # squares are mostly named after people and events ("Martyrs square"): no route
    assert _route_countries(g, "They marched to the Zahle square.") == []


def test_a_village_only_one_country_bears_outweighs_a_foreign_forces_nationality() -> None:
    # the scene's village is too small to be trusted against the note's other evidence, but
    # a force's nationality says only whose force it was
    ev = event("On 2 May 2020, Israeli forces demolished a house in the village of Kafr Malik.")
    assert ev.country == "Palestinian Territory"
    assert ev.location == "Kafr Malik"
    # not a name villages of several countries bear (Ukraine's Buryn, Canada's Burin) ...
    ev = event("On 2 May 2020, Israeli forces demolished a house in the village of Burin.")
    assert ev.country == "Israel"
    # ... a short name (a Belgian and a Romanian village are "Mal"), nor against a nationality
    # of anything but a force: the country's own police act at home
    assert event("On 2 May 2020, Israeli forces shelled Mal.").country == "Israel"
    ev = event("On 2 May 2020, Afghan police clashed with gunmen in Kafr Malik village.")
    assert ev.country == "Afghanistan"


def test_a_village_the_gazetteer_lacks_lies_in_its_qualifiers_country() -> None:
    # "Zap (Amadiya)": the qualifier is the town or district the village lies in; a town of
    # one country's name (its Arabic -iyah ending written -iya) outweighs a force's nationality
    ev = event("On 1 May 2020, Turkish forces carried out airstrikes in Qaryat (Amadiya).")
    assert ev.country == "Iraq"
    ev = event("On 1 May 2020, Turkish forces shelled villages near Amadiya.")
    assert ev.country == "Iraq"
    # not a qualifier several countries' places are named (Ukraine's Buryn, Canada's Burin)
    ev = event("On 1 May 2020, Israeli forces shelled Qaryat (Burin).")
    assert ev.country == "Israel"
    # nor a qualifier of a short name ("Mal": a Belgian and a Romanian village)
    assert event("On 1 May 2020, Israeli forces shelled Qaryat (Mal).").country == "Israel"


def test_a_greek_prefecture_named_in_the_nominative_is_greek() -> None:
    ev = event("On 2 March 2020, police fired tear gas at migrants at the Evros border.")
    assert ev.country == "Greece"
    assert ev.admin1 == "East Macedonia and Thrace"
    assert ev.location == "Evros"  # as written, not GeoNames' genitive "Nomos Evrou"


def test_a_group_that_acts_in_one_country_only_names_it() -> None:
    from newsfold.analyse.actors import group_countries

    assert group_countries("Jaysh al-Islam and Likud, then Jaysh al-Islam again") == ["SY", "IL"]
    # whole names as written: no "Basijis", no lower-case "amal"
    assert group_countries("the Basijis and basij") == []
    ev = event("On 4 May 2020, Jaysh al-Islam fighters shelled the village of Qqaryat.")
    assert ev.country == "Syria"
    assert event("On 4 May 2020, Likud supporters rallied outside the court.").country == "Israel"
    # more than a foreign force's nationality
    ev = event("On 4 May 2020, Turkish forces shelled Hurras al-Din positions near Qqaryat.")
    assert ev.country == "Syria"
    assert event("On 4 May 2020, Turkish forces shelled Qqaryat village.").country == "Turkey"
    # not more than a named town, nor a nationality of anything but a force
    assert event("On 4 May 2020, Likud supporters rallied in Paris.").country == "France"
    ev = event("On 4 May 2020, Iraqi police arrested two Basij members in Qqaryat.")
    assert ev.country == "Iraq"
    assert event("On 4 May 2020, the RSS feed of the DPR site reported a protest.").country is None
    # a head of government whom crowds protest at home only; not one protested abroad
    ev = event("On 4 May 2020, hundreds marched in Qqaryat against Bolsonaro's policies.")
    assert ev.country == "Brazil"
    assert event("On 4 May 2020, hundreds marched against Erdogan's policies.").country is None
    # a police force known by its own language's name
    assert event("On 4 May 2020, Carabinieri arrested two men in Qqaryat.").country == "Italy"


def test_positions_held_by_one_countrys_forces_are_in_that_country() -> None:
    from newsfold.analyse.where.countries import _held_positions_country

    g = get_gazetteer()
    text = (
        "On 19 October 2021, Armenian troops fired mortar rounds at the positions of the "
        "military forces of Azerbaijan located at Qqaryat, Zzuruk."
    )
    assert _held_positions_country(g, text) == "AZ"
    assert event(text).country == "Azerbaijan"
    text = (
        "On 19 October 2021, the military forces of Azerbaijan based at Qqaryat shelled the "
        "positions of the armed forces of Armenia believed to be deployed near Zzuruk."
    )
    assert event(text).country == "Armenia"
    # not positions of two countries' forces, nor a country's positions said otherwise
    text = (
        "On 19 October 2021, Armenian gunners hit the positions of the armed forces of "
        "Azerbaijan and Armenia stationed at Qqaryat."
    )
    assert _held_positions_country(g, text) == ""
    text = "On 19 October 2021, Armenian troops fired mortar rounds at Azerbaijan's positions."
    assert _held_positions_country(g, text) == ""
    # a village known in its country stays the place
    text = (
        "On 19 October 2021, Armenian troops fired mortar rounds at the positions of the "
        "military forces of Azerbaijan located at Alibayli, Tovuz."
    )
    assert event(text).country == "Azerbaijan"


def test_an_international_missions_nationality_is_no_evidence_of_the_scene() -> None:
    # a mission's staff serve abroad: "German FRONTEX officers" at a Greek village
    text = (
        "On 3 March 2021, German FRONTEX officers were pelted with stones by migrants near "
        "the village of Kastanies."
    )
    assert event(text).country == "Greece"
    text = "On 3 March 2021, Nepalese UN troops were attacked by gunmen near the village of Kidal."
    assert event(text).country == "Mali"
    # peacekeepers named by nationality alone: no country rather than theirs, and the word
    # is no town ("Chadian" is also a Chinese village)
    text = "On 3 March 2021, Chadian peacekeepers were attacked by gunmen near a village."
    assert event(text).country not in ("Chad", "China")
    # not a nationality's own forces, nor one said beside the UN
    text = "On 3 March 2021, Chadian soldiers were attacked by gunmen near a village."
    assert event(text).country == "Chad"
    text = "On 3 March 2021, the UN said Nigerian troops were ambushed by gunmen."
    assert event(text).country == "Nigeria"


def test_a_name_after_a_unit_word_and_of_is_a_place_whatever_its_label() -> None:
    # the language model tags "region of Dahuk" a DATE
    text = "On 1 May 2020, Turkish aircraft bombed targets in the region of Dahuk."
    assert event(text).country == "Iraq"
    # not a month after it ("the region of May" is no place), nor a date
    text = "On 1 May 2020, Turkish aircraft bombed targets in the first week of May."
    assert event(text).country == "Turkey"


def test_a_district_named_after_a_known_town_is_no_unit_abroad_spelled_alike() -> None:
    # GeoNames writes the town "Mullaittivu" and has "Mullaitivu" as its other name; Solomon
    # Islands' Malaita is only spelled alike
    text = (
        "On 2 March 2021, farmers protested at Mullaitivu town (Mullaitivu district) over "
        "land taken by the army."
    )
    assert event(text).country == "Sri Lanka"
    # a province spelled otherwise that no town bears still votes for its country
    text = "On 2 March 2021, gunmen killed a farmer in a village in Wassit governorate."
    assert event(text).country == "Iraq"


def test_a_town_of_a_thinly_covered_country_gives_its_country() -> None:
    # Aramoun, Bar Elias: Lebanese towns GeoNames' cities500 lacks (`_THIN_COUNTRY_TOWNS`)
    assert event("On 4 June 2021, residents protested in Aramoun against power cuts.").iso3 == (
        "LBN"
    )
    assert event("On 4 June 2021, shop owners held a sit-in in Bar Elias.").iso3 == "LBN"
    # a road named after one: the country, no scene
    ev = event("On 4 June 2021, drivers blocked the Chtaura highway with burning tyres.")
    assert ev.iso3 == "LBN"
    assert ev.location is None


def test_a_town_written_with_its_article_is_read_with_it() -> None:
    g = get_gazetteer()
    # "el Mina" is read as "Mina" (Mexican and Philippine villages); the list's El Mina is
    # Lebanon's, and the scene outweighs a junction named after a Cameroonian village
    text = "On 4 June 2021, youths burned tyres at the Saa junction in el Mina."
    assert event(text).iso3 == "LBN"
    el_mina = mention("el Mina", text, "in")
    el_mina.key = "mina"
    el_mina.ids = g.lookup_key("mina")
    assert _country_from_names(g, [el_mina], None, text) == "LB"
    # the list writes the town without the article the text gives it
    text = "On 4 June 2021, a bank branch was set on fire in ech Choueifat."
    ech = mention("ech Choueifat", text, "in")
    assert _country_from_names(g, [ech], None, text) == "LB"
    # without the article, "Mina" is no Lebanese town
    text = "On 4 June 2021, youths burned tyres in Mina."
    mina = mention("Mina", text, "in")
    assert _country_from_names(g, [mina], None, text) != "LB"


def test_a_junction_s_town_weighs_less_than_the_scene() -> None:
    g = get_gazetteer()
    text = "On 4 June 2021, youths burned tyres at the Saa junction in Bar Elias."
    found = _route_countries(g, text)
    assert [cc for _, _, cc in found] == ["CM"]
    assert _country_from_names(g, [mention("Bar Elias", text, "in")], None, text) == "LB"
    # alone, the junction's town still gives its country
    text = "On 4 June 2021, youths burned tyres at the Saa junction."
    assert _country_from_names(g, [], None, text) == "CM"


def test_a_listed_town_the_model_read_no_name_in_gives_the_country_last() -> None:
    from newsfold.analyse.where.countries import _unread_other_town

    g = get_gazetteer()
    text = "On 27 May 2021, rioters clashed with soldiers on the highway in Zouq Mosbeh."
    assert _unread_other_town(g, text) == "LB"
    # not said as a place, nor a name of no list, nor an English word
    assert _unread_other_town(g, "On 27 May 2021, Zouq Mosbeh residents said so.") == ""
    assert _unread_other_town(g, "On 27 May 2021, rioters clashed in Government square.") == ""


def test_a_said_place_reads_every_transliterated_article_but_the_english_words() -> None:
    from newsfold.analyse.where.countries import _SAID_PLACE, _unread_other_town

    g = get_gazetteer()
    # the articles `gazetteer.TRANSLIT_ARTICLES` lists, "ar" and "adh" as well as "el"
    assert _unread_other_town(g, "Late on Sunday, a crowd gathered in ar Raml.") == "EG"
    assert _unread_other_town(g, "Guards fired shots near adh Dhagharir at dawn.") == "SA"
    said = [
        m.group(1) for m in _SAID_PLACE.finditer("Shells fell in Deir ez Zor and near et Tall.")
    ]
    assert said == ["Deir ez Zor", "et Tall"]
    # "at", "as" and "an" are English words: two places, not one name, and no name at all
    said = [m.group(1) for m in _SAID_PLACE.finditer("Shells fell in Tyre at Qasmiyeh overnight.")]
    assert said == ["Tyre", "Qasmiyeh"]
    assert not list(_SAID_PLACE.finditer("Two men were held in an Army barracks."))


def test_a_village_is_read_in_the_country_its_actors_point_to() -> None:
    # the gazetteer's first Bati is Ethiopia's; the Taliban act in Afghanistan, which has one
    ev = event(
        "On 3 March 2021, Taliban fighters attacked a police checkpoint in Bati district, "
        "killing two policemen."
    )
    assert ev.country == "Afghanistan"
    # no actor: the gazetteer's reading stays
    ev = event("On 3 March 2021, farmers protested against land seizures in Bati town.")
    assert ev.country == "Ethiopia"
    # a qualifier ties the name to its reading, whatever the actors
    ev = event(
        "On 3 March 2021, Taliban fighters attacked a police checkpoint in Bati, Amhara, "
        "killing two policemen."
    )
    assert ev.country == "Ethiopia"


def test_a_big_city_keeps_its_reading_against_the_actors() -> None:
    from newsfold.analyse.where.countries import _actors_namesake
    from newsfold.analyse.where.evidence import _Evidence

    g = get_gazetteer()
    text = "On 3 March 2021, a rocket hit a market in Ar Ramadi."
    ramadi = mention("Ar Ramadi", text, "in")
    base = _Evidence()
    base.demonyms["YE"] = 3.0
    best = ramadi.ids[0]
    assert g.cc[best] == "IQ" and any(g.cc[i] == "YE" for i in ramadi.ids)
    assert _actors_namesake(g, best, [ramadi], base) == best
    # a village abroad gives way to the actors' country's reading
    text = "On 3 March 2021, a rocket hit a market in Bati."
    bati = mention("Bati", text, "in")
    base = _Evidence()
    base.demonyms["AF"] = 1.5
    town = _actors_namesake(g, bati.ids[0], [bati], base)
    assert g.cc[town] == "AF"
    # unless the chosen country's own people weigh half as much
    base.demonyms["ET"] = 1.0
    assert _actors_namesake(g, bati.ids[0], [bati], base) == bati.ids[0]


def test_a_country_named_as_an_origin_gives_way_to_the_scene_s_town() -> None:
    # goods from Turkey, a protest in a Georgian town the gazetteer knows in Georgia alone
    ev = event(
        "On 5 May 2021, lorry drivers who carry goods from Turkey blocked the road in "
        "Tsalenjikha, demanding faster border checks."
    )
    assert ev.country == "Georgia"
    # the country itself the scene: "in Turkey"
    ev = event("On 5 May 2021, lorry drivers from Georgia blocked a road in Turkey.")
    assert ev.country == "Turkey"
    # a town named only as an origin too: the country after "from" stays
    ev = event(
        "On 5 May 2021, migrants from Afghanistan who had walked from Tsalenjikha were held."
    )
    assert ev.country != "Georgia"


def test_a_place_after_in_inside_an_organisation_s_entity_votes_last() -> None:
    """ "shelled Kafr Tolan in Idlib", read as one organisation: the name after "in" is the
    scene's province all the same, the last resort's vote."""
    g = get_gazetteer()
    text = "Regime forces shelled Kafr Tolan in Idlib with rockets."
    m = mention("Idlib", text, prep="in")
    m.label, m.in_org = "ORG", True
    assert _country_from_names(g, [m], text=text) == "SY"


def test_a_place_in_an_organisation_s_name_does_not_vote() -> None:
    """ "the Bank of Idlib", "Idlib Hospital": an organisation's or a building's own name is
    no scene, and does not outvote the town the text sets the event in."""
    g = get_gazetteer()
    text = "Employees of the Bank of Idlib protested in Beirut."
    m = mention("Idlib", text, prep="of")
    m.label, m.in_org = "ORG", True
    assert _country_from_names(g, [m, mention("Beirut", text, prep="in")], text=text) == "LB"
    text = "A guard of the Idlib Hospital in Beirut was wounded in Beirut."
    m = mention("Idlib", text, prep="in")
    m.label, m.in_org, m.in_building = "ORG", True, True
    assert _country_from_names(g, [m, mention("Beirut", text, prep="in")], text=text) == "LB"


def test_a_bracket_s_other_list_district_settles_a_shared_province() -> None:
    """ "(Mfoundi, Centre)": several countries have a Centre province; Mfoundi, a department
    GeoNames lacks and another list knows in Cameroon only, says which one."""
    g = get_gazetteer()
    assert not g.lookup("Mfoundi") and g.other_towns.get("mfoundi") == ("CM",)
    text = "Workers protested in Kobalu town (Mfoundi, Centre) over unpaid wages."
    centre = mention("Centre", text, prep=",")
    assert _country_from_names(g, [centre], text=text) == "CM"
    # without the department, the shared name alone does not say Cameroon
    text = "Workers protested in Kobalu town (Centre) over unpaid wages."
    centre = mention("Centre", text, prep="(")
    assert _country_from_names(g, [centre], text=text) != "CM"
    # a name outside brackets is no qualifier (a person's, a firm's): no vote
    text = "Workers of Mfoundi Logistics protested in Kobalu town (Centre)."
    assert _country_from_names(g, [centre], text=text) != "CM"


def test_a_bracket_s_thin_country_department_settles_a_shared_province() -> None:
    """ "(Mifi, Ouest)": Haiti and Cameroon both have an Ouest province; Mifi, a department of
    Cameroon that GeoNames lacks (`_THIN_COUNTRY_UNITS`), says which one. Ghana's districts
    do the same for its Central region, which a dozen countries share."""
    g = get_gazetteer()
    assert not g.lookup("Mifi") and g.other_units.get("mifi") == ("CM",)
    text = "Traders protested in Balokuma village (Mifi, Ouest) over new market fees."
    ouest = mention("Ouest", text, prep=",")
    assert _country_from_names(g, [ouest], text=text) == "CM"
    text = "Residents of Nyabeko (Awutu Senya East, Central) blocked a road over a land dispute."
    central = mention("Central", text, prep=",")
    assert _country_from_names(g, [central], text=text) == "GH"
    # outside brackets the department is no qualifier: no vote
    text = "Mifi Transport drivers protested in Balokuma village (Ouest)."
    ouest = mention("Ouest", text, prep="(")
    assert _country_from_names(g, [ouest], text=text) != "CM"


def test_thin_country_units_leave_out_english_words_and_indexed_provinces() -> None:
    """Cameroon's departments named as English words (Noun, Ocean) are no vote, and one that
    a province of the index bears (Faro, Portugal's) stays that province's."""
    g = get_gazetteer()
    assert "CM" not in g.other_units.get("noun", ())
    assert "CM" not in g.other_units.get("ocean", ())
    assert "faro" not in g.other_units
    text = "Traders protested in Balokuma village (Noun, Ouest) over new market fees."
    ouest = mention("Ouest", text, prep=",")
    assert _country_from_names(g, [ouest], text=text) != "CM"


def test_a_parish_named_with_nothing_american_is_the_province_abroad() -> None:
    # GeoNames has Louisiana's St. James Parish under the whole name and Jamaica's (and
    # Barbados') only as "Saint James": with nothing else American in the text, the province
    # abroad (the most populous: Jamaica's)
    ev = event("On 4 July 2021, in Kopalanu, Saint James Parish, a vendor was robbed at gunpoint.")
    assert (ev.country, ev.admin1) == ("Jamaica", "Saint James")
    ev = event("On 4 July 2021, residents of Saint James Parish blocked a road over water cuts.")
    assert (ev.country, ev.admin1) == ("Jamaica", "Saint James")


def test_a_parish_beside_american_places_or_outlets_stays_in_louisiana() -> None:
    ev = event("On 4 July 2021, a man was shot in St. James Parish, Louisiana.")
    assert (ev.country, ev.admin1) == ("United States", "Louisiana")
    ev = event("Deputies in St. Mary Parish arrested a man after a shooting in Morgan City.")
    assert (ev.country, ev.admin1) == ("United States", "Louisiana")
    text = "A man was shot late Saturday in St. James Parish, deputies said."
    url = "https://www.wbrz.com/news/man-shot-in-st-james-parish"
    ev = event(text, url)
    assert (ev.country, ev.admin1) == ("United States", "Louisiana")
    # a parish abroad has no namesake there: nothing to change ("Orleans Parish" is only
    # Louisiana's)
    ev = event("On 4 July 2021, a man was shot in Orleans Parish.")
    assert (ev.country, ev.admin1) == ("United States", "Louisiana")


def test_israeli_settlers_and_anti_settlement_marches_are_the_west_bank_s() -> None:
    # settlers live in the occupied West Bank: their nationality is no evidence of Israel,
    # and a village that nothing else places is Palestinian
    ev = event("On 9 June 2021, Israeli settlers attacked farmers picking olives near Kobanim.")
    assert ev.country == "Palestinian Territory"
    ev = event(
        "On 9 June 2021, residents of Kobanim held the weekly anti-settlement march; Israeli"
        " forces fired tear gas."
    )
    assert ev.country == "Palestinian Territory"


def test_settlers_leave_a_named_israeli_town_and_other_israeli_actors_alone() -> None:
    ev = event("On 9 June 2021, Israeli settlers rallied in Jerusalem against an eviction.")
    assert ev.country == "Israel"
    ev = event("On 9 June 2021, Israeli police dispersed protesters in Kobanim.")
    assert ev.country == "Israel"
    ev = event("On 9 June 2021, Likud supporters rallied in Kobanim.")
    assert ev.country == "Israel"


def test_a_village_is_read_in_the_one_country_the_texts_other_places_are_in() -> None:
    # Bati: GeoNames' first reading is Ethiopia's town, but an Afghan village bears the name;
    # every other place of the note (Kunar) is Afghan
    lede = "On 3 March 2021, a landmine exploded in Bati area west of Gulbarak in Kunar countryside"
    assert event(lede + ", injuring a child.").iso3 == "AFG"
    # not against a demonym of the first reading's country, another place there, or places
    # of two countries
    assert event(lede + ", injuring an Ethiopian child.").iso3 == "ETH"
    assert event(lede + ", and the child was taken to Dessie.").iso3 == "ETH"
    assert event(lede + ", and the child was taken to Karachi.").iso3 == "ETH"
    # a town named alone keeps its first reading
    assert event("On 3 March 2021, a landmine exploded in Bati, injuring a child.").iso3 == "ETH"
    # an origin is no scene: a man from Kunar killed in Bati is in Ethiopia's
    origin = "On 3 March 2021, a trader from Kunar was shot dead in Bati area by unknown men."
    assert event(origin).iso3 == "ETH"


def test_a_village_named_alone_is_read_in_the_country_of_the_notes_groups() -> None:
    # Bala: the first reading is a West Bank village, but Turkey has a Bala too, and the CHP
    # (a party of Turkey alone, `actors.GROUP_COUNTRIES`) is all the note names besides
    lede = "On 3 March 2021, CHP members held a protest outside the party office in Bala"
    assert event(lede + ".").iso3 == "TUR"
    # not with nothing besides, against a demonym of the first reading's country, or with
    # groups of two countries
    assert event("On 3 March 2021, members held a protest outside an office in Bala.").iso3 == "PSE"
    students = "On 3 March 2021, CHP members and Palestinian students protested in Bala."
    assert event(students).iso3 == "PSE"
    two = "On 3 March 2021, CHP and Likud members held a protest outside the party office in Bala."
    assert event(two).iso3 == "PSE"
