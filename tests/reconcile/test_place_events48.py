"""reconcile: the invented events of `place_events48` (h-city48) lie in their true town, as
published and with their publication stamps reversed (a tie between two towns that no word
breaks goes to the bigger town, so each event is read both ways)."""

from __future__ import annotations

from .place_events48 import EVENTS
from .tables import place_table_tests

MISSED: dict[str, str] = {}
MISSED_REVERSED: dict[str, str] = dict(MISSED)

(
    test_the_event_lies_in_the_true_town,
    test_the_event_lies_in_the_true_town_whichever_report_came_first,
) = place_table_tests(EVENTS, MISSED, MISSED_REVERSED)
