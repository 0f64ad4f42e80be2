"""Invented reports for the grouping tests (fiction, written for newsfold), and builders that
store them with hand-made analyses, as `analyse` would have produced them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsfold.group import assign_pending
from newsfold.records import Analysis, Article, Event
from newsfold.store import Store

MARROWFIELD = {
    "location": "Marrowfield",
    "admin1": "Ostwyn",
    "country": "Calderia",
    "latitude": 41.20,
    "longitude": -87.60,
}
BRISK_HOLLOW = {
    "location": "Brisk Hollow",
    "admin1": "Ostwyn",
    "country": "Calderia",
    "latitude": 41.31,
    "longitude": -87.52,
}
TALLOW_BAY = {
    "location": "Tallow Bay",
    "admin1": "Serrane",
    "country": "Calderia",
    "latitude": 36.10,
    "longitude": -95.90,
}
# the outlet's city, some 180 km from Marrowfield: the analysis may place a report with no
# story of its own there
HALLORAN = {
    "location": "Halloran",
    "admin1": "Ostwyn",
    "country": "Calderia",
    "latitude": 42.36,
    "longitude": -86.06,
}


def flat_rarity(_: str) -> float:
    """Every word equally rare: a name's rarity decides nothing in these comparisons."""
    return 0.8


# A wire report: the original.
QUILLEN = """\
A 34-year-old man was shot dead late on Saturday outside a corner shop on Quillen Street in
Marrowfield, police said on Sunday, and a second man was wounded in the leg.

Officers called to the 400 block of Quillen Street at about 11 p.m. found Dorian Vessel lying on
the pavement with gunshot wounds to his chest. He was taken to Saint Aldric Hospital, where he died
an hour later. The wounded man, a 27-year-old delivery driver, was treated and released.

Detective Harriet Quaile said the gunman fled on foot towards the railway bridge after an argument
inside the shop. Investigators were studying footage from a camera above the shop door and asked
anyone who drove along Quillen Street on Saturday night to come forward.

Neighbours described Vessel as a quiet carpenter who coached a youth football team at the Ember Park
grounds. His sister, Lorna Vessel, said the family was struggling to understand why anyone would
want to hurt him. "He fixed everybody's doors and never asked for a penny," she said.

It was the third shooting in Marrowfield this year, according to police records. No arrest had been
made by Sunday evening, and the shop remained closed while forensic teams worked at the scene.
"""

# The same report republished by another site: new headline, its own boilerplate, two edits.
QUILLEN_COPY = (
    "Subscribe to the Marrowfield Courier newsletter for the morning headlines.\n\n"
    + QUILLEN.replace("police said on Sunday", "police said Sunday").replace(
        "about 11 p.m.", "around 11 p.m."
    )
    + "\nShare this story on social media. Comments are closed for this article.\n"
    "Copyright Marrowfield Courier. All rights reserved.\n"
)

# A rewrite of the wire report: words swapped for synonyms, clauses moved about.
QUILLEN_REWRITE = """\
A man aged 34 was fatally shot late Saturday in front of a corner store on Quillen Street
in Marrowfield, police reported on Sunday, and another man was injured in the leg.

Police sent to the 400 block of Quillen Street at around 11 p.m. discovered Dorian Vessel lying on
the sidewalk with bullet wounds to his chest. He was rushed to Saint Aldric Hospital, where he died
one hour later. The injured man, a 27-year-old courier, was treated and discharged.

Detective Harriet Quaile said the shooter escaped on foot towards the railway bridge following a
quarrel inside the store. Detectives were examining video from a camera above the store entrance and
urged anyone who drove down Quillen Street on Saturday night to come forward.

Neighbours described Vessel as a quiet carpenter who trained a youth football team at the Ember Park
grounds. His sister, Lorna Vessel, said the family was struggling to grasp why anybody would want to
harm him. "He repaired everybody's doors and never asked for a penny," she said.

It was the third shooting in Marrowfield this year, police figures show. No arrest had been made by
Sunday evening, and the store remained shut while forensic teams worked at the scene.
"""

# An independent report of the same event, in other words.
QUILLEN_LOCAL = """\
Family members gathered on Monday at the spot on Quillen Street where Dorian Vessel, a
carpenter and youth football coach, was killed in a weekend shooting.

Lorna Vessel laid flowers by the shop where her brother was gunned down on Saturday night. A
delivery driver who was with him survived with a leg wound. Detective Harriet Quaile told reporters
the investigation was making progress and that the suspect had run towards the railway bridge.

The Ember Park youth club cancelled its Tuesday training session in his memory.
"""

# Another shooting in the same town in the same week: different victim, street and people.
FENWICK = """\
A woman was wounded on Wednesday evening when shots were fired into a parked car on Fenwick
Road in Marrowfield, police said.

Officers found Celestine Arbogast, 52, in the driver's seat with a gunshot wound to the shoulder.
She was taken to hospital and was expected to survive. Sergeant Milo Brandywine said
two men were seen running from the car park behind the Larkspur laundry.

Police did not say whether the shooting was linked to other violence in Marrowfield this year, and
asked witnesses to call the station.
"""

# A report of an earthquake, and another earthquake in the same region a year later.
QUAKE_2023 = """\
A magnitude 6.1 earthquake struck the Tallow Bay coast early on Tuesday, killing four
people and damaging hundreds of homes, the Serrane emergency agency said.

The quake was centred 20 kilometres off the coast near Tallow Bay at a depth of 10 kilometres.
Rescue teams searched collapsed houses in the old harbour district, and schools were closed.
"""
QUAKE_2024 = """\
A magnitude 5.8 earthquake hit the Tallow Bay coast on Thursday, injuring nine people and
cracking walls in the old harbour district, the Serrane emergency agency said.

The quake was centred off the coast near Tallow Bay at a depth of 12 kilometres. Residents slept
outdoors for fear of aftershocks, and schools were closed for inspection.
"""

# Two men shot on one night: one on Main Street, the other across town.
MAIN_ST = """\
A man was shot on Main Street in Brisk Hollow on Friday night and taken to hospital in a
critical condition, police said. Ronan Gallowglass, 41, was hit twice near the Copperfield tavern.
Witnesses said a grey van drove off towards the river.
"""
ELSEWHERE = """\
A man was shot on Friday night in Brisk Hollow and taken to hospital in a critical
condition, police said. Teodor Wyndham, 23, was found on Orchard Lane near the old mill after
neighbours heard shots. Police said they were looking for two teenagers seen on bicycles.
"""


@dataclass
class Report:
    """One invented article with the analysis facts grouping reads."""

    id: str
    text: str
    title: str
    published: str
    date: str | None = None
    date_end: str | None = None
    place: dict[str, object] | None = None
    names: Sequence[str] = ()
    event_type: str | None = "Violence against civilians"
    fatalities: int | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def article(self) -> Article:
        return Article(
            id=self.id,
            text=self.text,
            title=self.title,
            published=self.published,
            source=self.extra.get("source", "Fiction Daily"),  # type: ignore[arg-type]
            url=self.extra.get("url"),  # type: ignore[arg-type]
        )

    def analysis(self) -> Analysis:
        event = Event(
            article_ids=[self.id],
            event_type=self.event_type,
            event_date=self.date,
            date_start=self.date,
            date_end=self.date_end or self.date,
            time_precision=1 if self.date else None,
            fatalities=self.fatalities,
            geo_precision=1 if self.place else None,
        )
        for key, value in (self.place or {}).items():
            setattr(event, key, value)
        return Analysis(article_id=self.id, event=event, names=list(self.names))


def store_reports(store: Store, reports: Sequence[Report]) -> None:
    store.add_articles([(r.article(), r.analysis()) for r in reports], None)


QUILLEN_NAMES = ("Dorian Vessel", "Harriet Quaile", "Lorna Vessel")


def _quillen(report_id: str, text: str, title: str, published: str) -> Report:
    return Report(
        report_id,
        text,
        title,
        published,
        date="2024-03-09",
        place=MARROWFIELD,
        names=QUILLEN_NAMES,
        fatalities=1,
    )


def quillen_reports() -> list[Report]:
    """The wire report, a copy, a rewrite and an independent report of the same shooting."""
    return [
        _quillen("wire", QUILLEN, "Man shot dead outside Marrowfield shop", "2024-03-10"),
        _quillen("copy", QUILLEN_COPY, "Carpenter killed in Saturday night shooting", "2024-03-11"),
        _quillen("rewrite", QUILLEN_REWRITE, "Marrowfield man fatally shot", "2024-03-11"),
        _quillen(
            "local", QUILLEN_LOCAL, "Family mourns coach killed on Quillen Street", "2024-03-12"
        ),
    ]


def fenwick_report() -> Report:
    return Report(
        "fenwick",
        FENWICK,
        "Woman wounded in Marrowfield shooting",
        "2024-03-14",
        date="2024-03-13",
        place=MARROWFIELD,
        names=("Celestine Arbogast", "Milo Brandywine"),
    )


# A court story ten months after the Quillen Street shooting: another town (the court's), its
# own date (the sentencing), and the same people.
QUILLEN_COURT = """\
A Marrowfield man was sentenced on Tuesday to 30 years in prison for the killing of a carpenter
outside a corner shop last spring.

Ansel Thorne, 29, pleaded guilty in January to second-degree murder in the death of Dorian
Vessel, 34, who was shot on Quillen Street after an argument inside the shop. Judge Imelda
Farrow told the court in Brisk Hollow that the shooting had robbed a family of a son and a
brother. Lorna Vessel read a statement on behalf of the family.
"""

# A court story about another killing in the same town, months later: other people.
TALLIS_COURT = """\
A Marrowfield teenager was sentenced on Tuesday to 12 years in prison for a shooting outside
a petrol station last summer that left a delivery driver paralysed.

Corwin Tallis, 19, admitted firing at Benedict Oyelaran, 41, after a quarrel over a parked van.
Judge Imelda Farrow told the court in Brisk Hollow that the shooting was senseless.
"""

# The pages of two reports as a crawler saw them: a newsletter sign-up form instead of the
# story, under the real headline and address.
SIGN_UP = """\
Thanks for signing up! Check your inbox to confirm your email address and start receiving
our morning briefing. You can change your preferences at any time from your account page.
"""


def court_report() -> Report:
    return Report(
        "court",
        QUILLEN_COURT,
        "Marrowfield man gets 30 years for carpenter's killing",
        "2025-01-15",
        date="2025-01-14",
        place=BRISK_HOLLOW,
        names=("Ansel Thorne", "Dorian Vessel", "Imelda Farrow", "Lorna Vessel"),
    )


def other_court_report() -> Report:
    return Report(
        "tallis",
        TALLIS_COURT,
        "Marrowfield teenager gets 12 years for petrol station shooting",
        "2025-01-15",
        date="2025-01-14",
        place=BRISK_HOLLOW,
        names=("Corwin Tallis", "Benedict Oyelaran", "Imelda Farrow"),
    )


def headline_only(report_id: str, title: str, url: str, published: str) -> Report:
    """A report whose page was junk: only its headline and address say what it is about."""
    report = Report(report_id, SIGN_UP, title, published, names=())
    report.extra["url"] = url
    return report


def grouped_in_store(db_path: Path, reports: list[Report]) -> dict[str, str]:
    """Store `reports` in a new store at `db_path`, group them, and return each article's
    event id."""
    with Store(db_path) as store:
        store_reports(store, reports)
        assign_pending(store, None)
        rows = store.conn.execute("SELECT article_id, event_id FROM assignments").fetchall()
    return {r["article_id"]: r["event_id"] for r in rows}
