"""analyse/where: a town said of a site with no name of its own in a sentence of the harm ("shot
dead at a Xenia apartment") is the scene, as "in Xenia" is, and a city dateline of its state
("DAYTON, Ohio -") gives way to it. The whole analysis runs: the sentences of the harm come from
`counts`. Sentences written here; the towns are real, the events invented."""

from __future__ import annotations

from newsfold.analyse import analyse
from newsfold.records import Article


def _place(text: str) -> tuple[str | None, str | None]:
    ev = analyse(Article(id="t", text=text)).event
    return ev.location, ev.admin1


def test_a_town_said_of_the_scene_s_site_beats_the_dateline() -> None:
    text = "DAYTON, Ohio - A woman was shot dead at a Xenia apartment on Friday night, police said."
    assert _place(text) == ("Xenia", "Ohio")


def test_a_station_dateline_too() -> None:
    text = (
        "MIAMI (WSVN) -- A boy, 15, who shot and killed a classmate inside a Homestead home by "
        "accident was in court on Tuesday."
    )
    assert _place(text) == ("Homestead", "Florida")


def test_not_a_site_of_an_arrest_sentence() -> None:
    # "his Xenia apartment" is where the suspect was found, not where she was shot
    text = (
        "DAYTON, Ohio - A woman was shot dead on Friday night, police said. Officers later "
        "arrested her boyfriend at his Xenia apartment."
    )
    assert _place(text) == ("Dayton", "Ohio")


# ------------------------------------------- an address police or medics were sent to


def test_an_address_police_were_called_to_beats_the_dateline() -> None:
    text = (
        "EVANS, Ga. - A teenager was shot to death late Friday.\n\n"
        "Deputies were called to a home on Willow Lane in Grovetown shortly after 2 a.m."
    )
    assert _place(text) == ("Grovetown", "Georgia")
    text = (
        "KAILUA-KONA, Hawaii - A boy died of a gunshot wound, police said Tuesday.\n\n"
        "Paramedics and two patrol officers were sent late on Friday to a residence off "
        "Pohaku Road in Pahoa."
    )
    assert _place(text)[1] == "Hawaii"
    assert _place(text)[0] in ("Pahoa", "Pāhoa")
    text = (
        "DAYTON, Ohio - A man was wounded on Sunday night.\n\n"
        "Officers responded to an apartment on Main Street in Xenia around 9 p.m."
    )
    assert _place(text) == ("Xenia", "Ohio")


def test_an_address_of_no_response_keeps_the_dateline() -> None:
    # a vigil's church, a home someone lived in: no scene
    text = (
        "EVANS, Ga. - A teenager was shot to death late Friday.\n\n"
        "A vigil was held at a church on Willow Lane in Grovetown."
    )
    assert _place(text) == ("Evans", "Georgia")
    text = (
        "EVANS, Ga. - A teenager was shot to death late Friday.\n\n"
        "He lived at a home on Willow Lane in Grovetown, his family said."
    )
    assert _place(text) == ("Evans", "Georgia")
    # police called to a hospital's address: where a victim was taken, not the scene
    text = (
        "DAYTON, Ohio - A man was wounded on Sunday night.\n\n"
        "Officers were called to a hospital on Main Street in Xenia."
    )
    assert _place(text) == ("Dayton", "Ohio")
