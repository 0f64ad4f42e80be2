"""Tolls in the shapes `counts33` reads (invented reports, truth by GVA's rules): "found a man
and a woman dead Monday morning" (`nouns._found_before_a_time`), "N were wounded, one of whom
died" (`total._of_whom_the_wounded`), "shot her ... and then killed himself" with no other death
told (`combine._a_pronoun_of_the_other_sex`), "the suspect who fired at him was killed"
(`syntax._relative_clause_owner`), "Carl Diaz, 30, and Omar Reyes, 28, who were shot"
(`syntax._first_of_a_list`, `people._plural_clause`)."""

from __future__ import annotations

import pytest
from tests.analyse.counts_helpers import Case, read_case

CASES: list[Case] = [
    (
        "fd1",
        "Two found dead in Macon home",
        "Deputies found a man and a woman dead Monday morning inside a home on Pine Street in "
        "Macon. Both had been shot, the sheriff said.",
        2,
        0,
    ),
    (
        "ow1",
        "One of two wounded men dies",
        "Two men were wounded in the shooting in Akron, one of whom died Tuesday at a hospital, "
        "police said.",
        1,
        1,
    ),
    (
        "ow2",
        "Shooting toll",
        "Police in Flint said three people were injured late Friday, one of whom died at the "
        "scene.",
        1,
        2,
    ),
    (
        "sx1",
        "Man shoots wife, then himself",
        "Police in Boise said the man shot her twice in the kitchen and then killed himself "
        "inside the garage. Medics drove her to St. Luke's, where she is listed as stable.",
        1,
        1,
    ),
    (
        "vl1",
        "Two wounded outside Lima bar",
        "Police said Carl Diaz, 30, and Omar Reyes, 28, who were shot outside a bar on Elm "
        "Street in Lima, are stable.",
        0,
        2,
    ),
    (
        "vl2",
        "Bouncer killed, two wounded in Lima",
        "Lima officers named them as Ray Ochoa, 44, who died outside the bar, and Carl Diaz, "
        "30, and Omar Reyes, 28, who were wounded.",
        1,
        2,
    ),
    (
        "rc1",
        "Deputy wounded, suspect killed",
        "A Bibb County deputy was wounded in the arm and the suspect who fired at him was "
        "killed by return fire on Friday, the sheriff said.",
        1,
        1,
    ),
]


@pytest.mark.parametrize("case_id", [c[0] for c in CASES])
def test_invented_tolls(case_id: str) -> None:
    got, want = read_case(CASES, case_id)
    assert got == want
