"""An ordinal person of the harmed raises the toll to the ordinal (`counts.ordinal_harmed`):
"Four people were shot ... Hours later a fifth subject, he too with a bullet wound, turned up
at a clinic" is five injured, though no casualty word is tied to the fifth man. Invented reports,
with controls: ordinal people told of no harm (the wanted, the arrested, the shooter), a
"victim" told after the dead alone (alive or dead, the text does not say), an ordinal of
another incident, and one hurt by broken glass (not by gunfire).

Before the rule (f4b1748) od01, od03, od05 and od06 read too few injured (they fail there); od07
(the ordinal already reached by the dead and the injured) and the controls read right before
and after. Known
misses (`MISSES`): a bare "victim" (ordinal_harmed.BARE_VICTIM) and a wound the parse hangs on
the verb, not on the person."""

from __future__ import annotations

import pytest
from tests.analyse.counts_helpers import Case, case_params, read_case

CASES: list[Case] = [
    (
        "od01",
        "Shooting outside Dunmore tavern",
        "Officers found four people suffering from gunshot wounds outside a tavern on Kessel "
        "Road in Dunmore early Sunday. Hours later a fifth subject, he too with a bullet wound "
        "in the hip, turned up at a clinic in Scranby, police said.",
        0,
        5,
    ),
    (
        "od02",
        "Shooting at cookout",
        "Three people were shot at a cookout on Larch Way on Saturday evening. A fourth victim "
        "walked into Mercy Hospital about an hour later.",
        0,
        4,
    ),
    (
        "od03",
        "Porch shooting",
        "Two women were wounded when someone fired at a porch on Tilden Avenue. A third person, "
        "Corey Vance, had gunshot wounds to both legs.",
        0,
        3,
    ),
    (
        "od04",
        "Parking lot shooting",
        "Three men were shot in a bowling alley's parking lot in Bayfield on Friday. Police "
        "later found a fourth victim across the lot with a gunshot wound.",
        0,
        4,
    ),
    (
        "od05",
        "Car show shooting",
        "Four people were shot at a car show in Weldon Park. A fifth victim, who was struck by "
        "gunfire as she ran, was found later at a hospital, a police spokesman said.",
        0,
        5,
    ),
    (
        "od06",
        "Man found shot",
        "A sixth person with a gunshot wound was found by deputies near the fairgrounds in "
        "Orland on Sunday night, the sheriff said.",
        0,
        6,
    ),
    (
        "od07",
        "One dead, three hurt",
        "A man, 30, was shot and killed outside a bar on Grove Street. Two other men were "
        "wounded. A fourth victim drove herself to a hospital for treatment.",
        1,
        3,
    ),
    # controls: the ordinal person is told of no harm
    (
        "oc01",
        "Third man wanted",
        "Six people were wounded at a party on Mercer Street last week. A third man is "
        "being sought by police in connection with the shooting.",
        0,
        6,
    ),
    (
        "oc02",
        "Second arrest",
        "Two men were shot dead outside a store on Sunday. A second person was taken into "
        "custody in connection with the killings.",
        2,
        0,
    ),
    (
        "oc03",
        "Teen shoots two",
        "Two boys were treated for gunshot wounds, and police say a third boy accidentally shot "
        "them inside a home on Hale Court.",
        0,
        2,
    ),
    # a "victim" after the dead alone: the text does not say whether the third lived
    (
        "oc04",
        "Two found dead",
        "Two men were found shot to death in a kitchen on Poplar Street. Officers then found a "
        "third victim in the yard.",
        2,
        0,
    ),
    # another incident's ordinal victim (a background passage)
    (
        "oc05",
        "Two shot downtown",
        "Two people were shot downtown on Tuesday night, police said.\n\nIt was the second "
        "shooting in the city this week. On Sunday a fifth victim was found in that earlier "
        "shooting on Vine Street.",
        0,
        2,
    ),
    # hurt by glass, not gunfire: GVA counts the shot
    (
        "oc06",
        "Six shot at club",
        "Six people were shot at a club on Front Street. A seventh person was hurt by broken "
        "glass.",
        0,
        6,
    ),
]

MISSES: dict[str, str] = {
    "od02": "(0, 3): a bare 'a fourth victim' tells no wound of its own (BARE_VICTIM 0)",
    "od04": (
        "(0, 3): 'found a fourth victim ... with a gunshot wound': the parse hangs the wound on"
        " 'found', not on the victim"
    ),
}


@pytest.mark.parametrize("case_id", case_params(CASES, MISSES))
def test_invented_tolls(case_id: str) -> None:
    got, want = read_case(CASES, case_id)
    assert got == want
