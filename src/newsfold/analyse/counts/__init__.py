"""How many: casualty and other counts, attached to their words with the dependency parse.

Reads `ctx.doc`, `ctx.times` (from `when`) and the article text. Three steps:

1. Numbers. `numbers.find_numbers` reads every number expression with its qualifier under the
   rule set of docs/numbers.md ("at least three", "more than 10", "a dozen", "dozens"...).
   Numbers that are not counts of people (ages, years, addresses, times, phone numbers, money,
   percentages, rates, measures, durations, ordinals) are recorded in `ctx.discard` with the
   reason. Money is also claimed as `money`.
2. Readings. Each casualty word (killed, died, dead, wounded, in critical condition, arrested,
   kidnapped, displaced, ...) is tied through the parse to the people it is about: the subject
   of a passive or intransitive verb, the object of an active one, the noun a participle
   modifies, the count of a noun ("12 deaths"), a toll ("the death toll rose to 15"). The people
   are counted from their number ("at least three people"), their coordination ("two men and a
   woman"), or what the words imply ("a man" 1, "the couple" 2, a name 1). "Shot", "stabbed",
   "hit by a bullet", "taken to hospital" say someone was harmed without saying whether they
   lived: they count as harmed ("hit"), and the harmed who are not among the killed are the
   injured ("four people were shot, one fatally": 1 killed, 3 injured).
   A reading is discarded, with the reason, when it belongs to another event or period (a time
   mention of that role in its clause: "earlier raids killed at least five people in March";
   a year: "12,000 violent deaths in 2020"; "in a separate incident"; "so far this year"), is
   negated, hypothetical ("could have been killed") or about personnel deployed (claimed as
   `deployed` instead).
3. The article's best count of this event, per field (docs/numbers.md, "Combining"): the same
   people are often counted twice in one article, so counts are not added up: the best is the
   largest count given, and only groups the text marks as separate add ("another", "N others",
   "a second man", the attacker who killed himself).

Claims: `fatalities`, `injuries`, `arrested`, `kidnapped`, `displaced`, `deployed`, `money`,
each with value/low/high and attrs (qualifier, basis, victims).

Where each step lives, in the order `annotate` runs them:

- `article`: `annotate`, the order of the steps; a reading across a blank line set aside (two
  paragraphs the parse ran together); at least one dead when the text reads none but tells of
  "a fatal shooting" of no one named; the headline's tolls when the text gives
  none (or fewer injured, or only names fewer dead than the headline numbers: "Five people
  found dead" over "killed his brother, his mother and a neighbour").
- `not_casualties` (step 1): numbers that are no count (ages, years, addresses, times...,
  with why), money, personnel deployed, numbers no word of harm is tied to.
- `sentence` (step 2): each sentence's casualty words, read by the rule of their kind:
  - `verbs`: casualty verbs ("killed two men", "two men died", "taken to hospital").
  - `nouns`: casualty adjectives and nouns, tolls, conditions ("two dead", "12 deaths",
    "the death toll rose to 15", "in critical condition").
  - `people`: the people a casualty word is about and how many they are (a number, a
    coordination, what "a man", "the couple" or a name imply; attackers marked).
  - `syntax`: parse helpers (subjects, negation, hypotheticals).
- `other_events` (step 2): readings of another event or period, cumulative tolls, sport,
  incidents this one is compared with ("The shooting follows attacks in Dallas, where ...")
  and the paragraph that goes on with one ("That shooting happened on Tuesday ...").
- `stories` (step 2): the lines of a page that are another story's headline or link
  ("RELATED: Two workers dead in oil rig accident", a title-case headline between paragraphs):
  their readings are set aside. `other_events` also sets aside the toll told in a relative
  clause of an incident this one is compared with ("the second collapse this month after the
  Mill Street collapse, in which six people died").
- `harm_cause` (step 2): people hurt in a shooting but not shot (flying glass, a stampede, a
  car, a fall as they fled, a hospital visit "as a precaution") set aside, and a count of the
  injured that a breakdown shows to include them lowered to the shot ("six hurt, five by
  gunfire"): GVA counts the shot. `other_events.tally_clause` sets aside a toll told in a
  relative clause of a period ("a month in which 14 people have been killed") or spread
  "across the city".
- `roundup` (step 2): a roundup's tally and its later incidents set aside, and the city's
  tally a single incident's story ends with (`set_digest_aside`).
- `total` (step 3): the claims and the event's tolls ("a second teen has died": at least two
  dead; "one of four women wounded has died": the four are the harmed, three injured), with
  `combine`: the best count of
  each field (restatements, "another", "N others", implied people, the injured who died);
  after a murder-suicide a count of the dead that names no killer includes him; a death
  told by a name a passage about another incident gives is that incident's; "The Riverton
  resident died" after "The other victim was Jo Lee" is Jo Lee's.
- `ordinal_harmed` (step 3): an ordinal person of the harmed ("three men were shot ... a
  fourth man with a bullet wound turned up at a clinic") raises the injured until the dead and
  the injured reach the ordinal.
- `headline`: a headline made readable as a sentence, for `article`'s fallback.
- `lexicons`, `readings`: the word lists, and the `Reading`/`Count` records they all share.
"""

from newsfold.analyse.counts.article import annotate
from newsfold.analyse.counts.headline import headline_text
from newsfold.analyse.counts.people import same_name

__all__ = ["annotate", "headline_text", "same_name"]
