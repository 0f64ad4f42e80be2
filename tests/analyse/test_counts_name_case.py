"""Names compare whatever their case: the dead counted by the ages of a list of names
(`people._name_before`, "Luis Ruiz, 20") and a name read from its words elsewhere
(`people._full_name`, "luis ruiz") are one person to `people.same_name`, so the dead man
"also shot in the arm" is not a wounded man besides the dead. Every text is invented."""

from __future__ import annotations

import pytest
from tests.analyse.counts_helpers import tolls

from newsfold.analyse.counts.people import same_name


@pytest.mark.parametrize(
    "text",
    [
        "The dead were identified as Ana Ruiz, 45; her son Luis Ruiz, 20; and Jose Ortega, 52. "
        "Luis Ruiz was also shot in the arm, police said.",
        "Officers found the bodies of Ana Ruiz, 45; her son Luis Ruiz, 20; and Jose Ortega, 52. "
        "Jose Ortega was also shot in the arm.",
    ],
)
def test_a_dead_man_of_a_list_also_shot_is_no_one_besides(text: str) -> None:
    assert tolls(text) == (3, 0)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Luis Ruiz", "luis ruiz", True),
        ("LUIS RUIZ", "luis r.", True),
        ("Luis Ruiz", "ana ruiz", False),
        ("Ana", "ana ruiz", True),
    ],
)
def test_same_name_does_not_count_case(a: str, b: str, same: bool) -> None:
    assert same_name(a, b) is same
