"""Where, a mention: one place-name occurrence, its context and (once resolved) its place."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True, eq=False)
class _Mention:
    """One place-name occurrence, with its context and (after `_resolve`) its place."""

    start_tok: int
    end_tok: int
    start: int  # character offsets in the text (-1 for the headline)
    end: int
    text: str
    key: str
    ids: tuple[int, ...]  # gazetteer candidates, best first; () for a local name
    sent: int
    label: str = ""  # spaCy entity label over the span, if any
    ent_whole: bool = False  # the span is a whole spaCy entity
    partial: bool = False  # only part of a longer capitalised run
    prep: str = ""  # the word just before ("in", "near", "from"), "the" skipped
    near: bool = False  # "near X", "rural X", "X area": ACLED precision 2
    bearing: bool = False  # "north of X", "40 km from X": a landmark the scene is measured from
    residence: bool = False  # someone's home ("of Dayton", "a man from Ohio")
    actor: bool = False  # a country as an actor: "the US government", "Turkish forces"
    in_org: bool = False  # inside an organisation's name
    in_person: bool = False  # inside a longer person's name
    jurisdiction: bool = False  # "Chicago Police", "Harris County Sheriff's Office"
    in_building: bool = False  # part of a building's name: "Santa Rita Jail"
    fuzzy: bool = False  # found by consonant skeleton, not by name
    dest: bool = False  # where someone was taken: "flown to Pemba"
    hospital: bool = False  # an unnamed hospital's town: "taken to a hospital in Plano"
    street: bool = False  # an address's street: "the 100 block of North Mayfield"
    policed: bool = False  # the text names the police of a place of this name
    business: bool = False  # a business's name: "the McDonald's" (no place)
    site_named: bool = False  # a site named after it: "the Saray square" (weak evidence)
    ev_sent: bool = False  # in a sentence reporting the event (`_event_and_arrest_sentences`)
    # named only where the story went after the harm: an arrest's, a court's, a vigil's or a
    # police post's town (`_event_place`)
    after_harm: bool = False
    listed: bool = False  # after "and" in a list of places: "between Mueda and Ntchinga"
    dateline: bool = False
    title: bool = False  # found in the headline (no span in the text)
    # a headline's English word kept only as a scene's name ("in Gary Shootout"): it counts
    # only when the text names the place too
    scene_word: bool = False
    # a headline's town before the harm's noun ("Allen shooting after Facebook fight"): the
    # scene, as "in Allen" is
    harm_noun: bool = False
    kind_word: str = ""  # "province", "city", "district", "neighbourhood"...
    # "Upper Moreland", "Lower Paxton": a capitalised Upper/Lower the name was cut from
    upper_lower: bool = False
    quals: list[_Mention] = field(default_factory=list)  # mentions qualifying this one
    qual_rows: list[int] = field(default_factory=list)  # fixed qualifiers ("N.C." -> NC)
    qual_of: _Mention | None = None  # the mention this one qualifies
    dropped_by: _Mention | None = None  # the name whose trusted reading dropped this qualifier
    local: bool = False  # a named place the gazetteer lacks
    in_unit: bool = False  # a province follows it: "Kafr Nabl in Idleb" (see `_in_unit`)
    part_of: _Mention | None = None  # "X area of Y city": the town it is said to be part of
    weak_local: bool = False  # ... known only from "in"/"near" before it
    site: bool = False  # a street or building
    best: int = -1
    event: float = 0.0

    def in_pair(self) -> bool:
        """Whether the mention has a qualifier of its own ("Millville, N.J.") or is one (the
        "N.J." of another name): not a bare mention of a name."""
        return bool(self.quals or self.qual_rows) or self.qual_of is not None

    def qualifier_rows(self) -> list[int]:
        rows = list(self.qual_rows)
        for q in self.quals:
            if q.best >= 0 or not q.fuzzy:  # a spelling match vouches for nothing unresolved
                rows.extend([q.best] if q.best >= 0 else q.ids[:10])
        return rows
