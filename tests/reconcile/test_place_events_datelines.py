"""reconcile: the invented events of `place_events_datelines` (h-cityrec) lie in their true
town, as published and with their publication stamps reversed: a report whose town is only its
dateline gives way to a report whose words name its town as the scene."""

from __future__ import annotations

from .place_events_datelines import EVENTS
from .tables import place_table_tests

MISSED: dict[str, str] = {}
MISSED_REVERSED: dict[str, str] = dict(MISSED)

(
    test_the_event_lies_in_the_true_town,
    test_the_event_lies_in_the_true_town_whichever_report_came_first,
) = place_table_tests(EVENTS, MISSED, MISSED_REVERSED)
