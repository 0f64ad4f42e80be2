"""Counts read from the story alone: other stories' links and headlines on the page, tolls of
incidents the story recalls, deaths told by a negation."""

from __future__ import annotations

from newsfold.analyse.counts.stories import OTHER_STORY_REASON, other_story_spans

from .counts_helpers import run, tolls


def lines_set_aside(text: str, title: str | None = None) -> list[str]:
    return [text[lo:hi] for lo, hi in other_story_spans(text, title)]


# --- other stories on the page


def test_a_related_link_is_not_the_story_toll() -> None:
    text = (
        "A 14-year-old girl shot a classmate at Elmwood High School on Thursday before "
        "turning the gun on herself, the sheriff said.\n\n"
        "RELATED: Accident at oil rig leaves two workers dead\n\n"
        "The wounded girl was taken to a hospital in stable condition."
    )
    assert tolls(text) == (1, 1)
    ctx = run(text)
    assert any(c.attrs.get("reason") == OTHER_STORY_REASON for c in ctx.discarded)


def test_labels_of_related_content() -> None:
    text = (
        "Two men were shot on Birch Street on Monday.\n"
        "Related Coverage One person killed in Riverton shooting\n"
        "See also: Man Killed in North Riverton Alley, Suspect At Large\n"
        "MORE: 4 shot, 1 killed in Riverton shooting\n"
        "Both men were taken to a hospital."
    )
    assert lines_set_aside(text) == [
        "Related Coverage One person killed in Riverton shooting",
        "See also: Man Killed in North Riverton Alley, Suspect At Large",
        "MORE: 4 shot, 1 killed in Riverton shooting",
    ]
    assert tolls(text) == (None, 2)


def test_the_list_under_a_label_alone_on_its_line() -> None:
    text = (
        "A woman was wounded in a shooting on Oak Avenue on Sunday.\n\n"
        "Read more:\n"
        "Two killed in crash on Route 9\n"
        "Three dead after fire at apartment block\n\n"
        "Police said the woman was expected to recover."
    )
    assert lines_set_aside(text) == [
        "Two killed in crash on Route 9",
        "Three dead after fire at apartment block",
    ]
    assert tolls(text) == (None, 1)


def test_a_title_case_headline_between_paragraphs() -> None:
    text = (
        "Four people were wounded in a shootout on Mermaid Avenue on Sunday afternoon.\n\n"
        "Witnesses said the gunmen got out of a car and opened fire.\n\n"
        "Teen Shot Dead Outside Deli in Second Attack This Week\n\n"
        "All four victims were listed in stable condition."
    )
    assert lines_set_aside(text) == ["Teen Shot Dead Outside Deli in Second Attack This Week"]
    assert tolls(text) == (None, 4)


def test_the_story_own_headline_and_lines_that_are_no_headline_stay() -> None:
    title = "Cook Dies Days After Shooting That Hurt Two Friends"
    text = (
        "Cook Dies Days After Shooting That Hurt Two Friends\n\n"
        "A cook has died days after a shooting that also wounded two of his friends.\n\n"
        "Cook Dies After Shooting That Hurt Two Of His Friends\n\n"
        "THE CHILD HAS PASSED AWAY\n\n"
        "A 34-year-old was hit in the arm\n\n"
        "Jo Reed (Photo: Riverton Police)\n\n"
        "Police have made no arrest."
    )
    # the first paragraph, a line that repeats the title, a line in capitals, a sentence
    # without its full stop and a caption are the story's own
    assert lines_set_aside(text, title) == []


def test_a_short_sentence_in_title_case_words_needs_four_words() -> None:
    assert lines_set_aside("Police said.\n\nJo Reed Died\n\nThe end.") == []


# --- tolls of incidents the story recalls


def test_a_toll_in_a_clause_about_a_recalled_incident_is_not_counted() -> None:
    text = (
        "A building under construction collapsed in Harbour Town on Friday, trapping workers. "
        "Ambulances took at least three injured workers to hospital.\n\n"
        "This is the second building collapse in the city this month after the Mill Street "
        "collapse, in which six people died."
    )
    assert tolls(text) == (None, 3)


def test_a_toll_recalled_at_a_distance_in_time() -> None:
    text = (
        "Two people were wounded at the Blue Door club on Sunday. The shooting came a year "
        "after the shooting that killed six people at the same club."
    )
    assert tolls(text) == (None, 2)
    text = (
        "It was the third shooting in the city since the attack at the mall, where four "
        "people were killed. A man was wounded on Sunday."
    )
    assert tolls(text) == (None, 1)


def test_the_event_itself_in_a_relative_clause_is_counted() -> None:
    assert tolls("Police arrived after the shooting, in which two people died.") == (2, None)
    assert tolls("Two men died after the crash, in which a bus hit a wall.")[0] == 2


# --- a background death named through an apposition


def test_a_background_death_told_by_a_pronoun_under_a_named_subject() -> None:
    text = (
        "Six-year-old Mia Cole was shot at her home on Friday night.\n\n"
        "Mia Cole, 6, was pronounced dead at a hospital on Saturday, officials said.\n\n"
        "Her uncle's sister, Mia's mother, Dana Cole, was carrying a child when she was "
        "shot dead on a county road last summer.\n\n"
        "Cole spoke to reporters after Dana was killed."
    )
    assert tolls(text)[0] == 1


# --- a death told by a negation


def test_did_not_survive_is_a_death() -> None:
    assert tolls("A man was shot and did not survive.") == (1, 0)
    assert tolls("The victim did not survive his injuries.")[0] == 1
    assert tolls("Three people were shot. Two of them did not survive.") == (2, 1)


def test_survival_and_doubts_are_no_death() -> None:
    assert tolls("The man is not expected to survive.")[0] is None
    assert tolls("Doctors said she might not survive.")[0] is None
    assert tolls("All three victims survived.")[0] is None


def test_a_later_report_recalling_this_event_counts_its_toll() -> None:
    text = (
        "Three weeks after a shooting at a cookout in Dunmore in which five people died, "
        "detectives have named a suspect."
    )
    assert tolls(text)[0] == 5


def test_a_clause_the_parse_hung_under_survive_is_not_its_subject() -> None:
    text = "Three men were struck and one of them, Lu Park, 33, did not survive."
    assert tolls(text)[0] != 3


def test_a_playlist_of_videos_and_a_list_under_more_from() -> None:
    text = (
        "Four men were wounded in a shooting on Elm Street on Sunday.\n\n"
        "1:17 Body found near river; man held Pause\n"
        "3:05 Raw video: Witness describes gunfire on Pine Street\n\n"
        "MORE FROM THE RIVERTON TIMES\n"
        "+ Teen dies in Fernhill shooting\n\n"
        "At 10:30 p.m. Sunday two more people were shot nearby."
    )
    assert lines_set_aside(text) == [
        "1:17 Body found near river; man held Pause",
        "3:05 Raw video: Witness describes gunfire on Pine Street",
        "+ Teen dies in Fernhill shooting",
    ]
    assert tolls(text)[0] is None


def test_a_timeline_of_earlier_incidents() -> None:
    text = (
        "March 1979: Five people killed, two hurt at a sawmill.\n\n"
        "May 2008: Diner shooting leaves 3 dead.\n\n"
        "2015 - Gunman kills four and then himself after siege.\n\n"
        "Two women died and six others were wounded on Birch Lane on Tuesday.\n\n"
        "Deputies said the wounded were all expected to recover."
    )
    assert len(lines_set_aside(text)) == 3
    assert lines_set_aside("June 24: Police said two people were shot.\n\nMore later.") == []
    assert tolls(text) == (2, 6)


# --- an ordinal death


def test_a_second_death_means_two_dead() -> None:
    text = (
        "Deputies say a second girl has died after gunfire at a graduation party late "
        "Saturday. Three other people were injured."
    )
    assert tolls(text) == (2, 3)
    assert tolls("A third victim died on Monday.")[0] == 3


def test_a_second_person_killed_may_follow_one_who_lived() -> None:
    assert tolls("One man was wounded and a second man was killed in the shooting.") == (1, 1)
    assert tolls("The second victim died at the scene.")[0] == 1


# --- paragraphs the parse ran together


def test_a_headline_line_run_into_the_lead_is_not_two_people() -> None:
    text = (
        "Cook dies 5 days after Birch Lane shooting that hurt 2 more\n\n"
        "A cook has died days after a shooting that also wounded two of his friends.\n\n"
        "Lu Park, 27, was shot in the neck and rushed to Riverton General, where he died."
    )
    assert tolls(text)[0] == 1


# --- deaths told in a police report's words


def test_pronounced_or_found_deceased_is_a_death() -> None:
    assert tolls("The man was pronounced deceased at the scene.")[0] == 1
    assert tolls("Two men were found deceased inside the home.")[0] == 2


def test_a_fatal_shooting_with_no_one_it_is_of_is_at_least_one_death() -> None:
    text = (
        "Relatives of a Riverton boy shared more details Thursday about an accidental "
        "fatal shooting earlier this week. His mother said Jo was accidentally shot by a "
        "cousin who was handling a rifle."
    )
    assert tolls(text)[0] == 1


def test_a_fatal_shooting_of_another_incident_or_none_is_no_death() -> None:
    assert tolls("Two men were wounded on Sunday. There were no fatal shootings.")[0] is None
    assert (
        tolls("Two men were wounded on Sunday, a week after a fatal shooting at the same bar.")[0]
        is None
    )
    assert tolls("A non-fatal shooting was reported near the school on Monday.")[0] is None


def test_a_fatal_shooting_after_the_city_s_tally_is_another_incident() -> None:
    text = (
        "A 15-year-old girl and a 22-year-old woman were shot on Alder Street early Wednesday.\n\n"
        "The girl and the woman were among 9 people shot, one fatally, between Tuesday evening "
        "and dawn Wednesday, deputies said.\n\n"
        "Around 11:20 p.m. Tuesday, the fatal shooting took place in the Fernhill district."
    )
    assert tolls(text)[0] is None


def test_a_headline_s_deadly_shooting_keeps_its_dead_among_the_harmed() -> None:
    title = "Pair held over deadly triple shooting"
    text = (
        "Two brothers were arrested over a shooting on Tuesday.\n\n"
        "The shooting happened near Birch Lane, leaving 31-year-old Lu Park dead."
    )
    assert tolls(text, title) == (1, None)


def test_a_time_of_day_in_capitals_is_no_running_time() -> None:
    text = (
        "Officers were called to Alder Road on Friday night.\n"
        "11:41 PM - two deputies got there and talked with the neighbor\n"
        "3:05 Witness Recalls the Night of the Flood\n"
        "One man was taken to a hospital."
    )
    assert lines_set_aside(text) == ["3:05 Witness Recalls the Night of the Flood"]


def test_a_row_of_a_record_s_fields_is_no_headline() -> None:
    text = (
        "A man was shot on Alder Road on Friday night.\n"
        "Sex: M Race: W Age: 31 Condition: Deceased\n"
        "Police Seek Driver in Riverton Hit and Run"
    )
    assert lines_set_aside(text) == ["Police Seek Driver in Riverton Hit and Run"]


def test_the_context_finds_other_stories_once_for_every_component() -> None:
    text = (
        "Two men were shot on Birch Street on Monday.\n\n"
        "Related Coverage Coverage Columbia man shot at a party\n\n"
        "Both men were taken to a hospital."
    )
    ctx = run(text)
    start = text.index("Related")
    line_end = text.index("\n\n", start)
    assert ctx.other_stories() == [(start, line_end)]
    assert ctx.other_stories() is ctx.other_stories()  # found once
    assert ctx.in_other_story(text.index("Columbia"), text.index("Columbia") + 8)
    assert not ctx.in_other_story(text.index("Birch"))
    # a span that runs out of the line is not inside it
    assert not ctx.in_other_story(start, line_end + 3)
