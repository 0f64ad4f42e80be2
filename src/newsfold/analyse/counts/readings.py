"""What a count passes through: a `Reading` (one count read from the text, before the
article's counts are combined), a `Count` (the people one noun phrase counts) and `_Numbers`
(the article's number expressions, looked up by token)."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any

from spacy.tokens import Doc, Token

from newsfold.analyse.numbers import NumberExpr


@dataclass(slots=True)
class Reading:
    """One count read from the text, before the article's counts are combined."""

    field: str  # fatalities, injuries, hit, arrested, kidnapped, displaced
    value: int | float | None
    low: int | float | None
    high: int | float | None
    start: int
    end: int
    basis: str  # number, implied, zero, toll
    qualifier: str = "exact"
    group: str = "victims"  # victims, total (a summary of everyone), suspect
    referents: list[tuple[str, ...]] = dc_field(default_factory=list)  # implied people
    additional: bool = False
    victims: str = ""
    discard: str | None = None
    sent: int = 0  # index of the sentence it was read in
    new_person: bool = False  # "another man", "a second victim"
    active: bool = False  # the people are the object of an active verb ("killed two men")
    marked: bool = False  # "others", "more", "another": people besides those counted before
    also: bool = False  # "his mother was also shot": the casualty word says "also"
    trigger: int = -1  # token index of the casualty word
    victim: int = -1  # token index of the head of the people counted
    restates: bool = False  # the same people as an earlier reading of the field: not counted
    past_number: bool = False  # "a fourth person" after "three people were shot": one more

    def claim_attrs(self) -> dict[str, Any]:
        attrs: dict[str, Any] = {"qualifier": self.qualifier, "basis": self.basis}
        if self.victims:
            attrs["victims"] = self.victims
        if self.group != "victims":
            attrs["group"] = self.group
        if self.additional:
            attrs["additional"] = True
        if self.restates:
            attrs["restates"] = True
        return attrs


@dataclass(slots=True)
class Count:
    """The people an NP counts: value/low/high, how it was read, the implied referents."""

    value: int | float | None
    low: int | float | None
    high: int | float | None
    basis: str
    qualifier: str = "exact"
    referents: list[tuple[str, ...]] = dc_field(default_factory=list)
    additional: bool = False
    suspect: bool = False
    includes_suspect: bool = False
    zero: bool = False
    new_person: bool = False  # "another man", "a second victim": someone not counted yet


class _Numbers:
    """The article's number expressions, looked up by token."""

    def __init__(self, doc: Doc, text: str, exprs: list[NumberExpr], noise: dict[int, str]) -> None:
        self.text = text
        self.sent_end: dict[int, int] = {}  # token index -> end offset of its sentence
        self.by_token: dict[int, tuple[NumberExpr, str | None]] = {}
        for i, expr in enumerate(exprs):
            span = doc.char_span(expr.num_start, expr.num_end, alignment_mode="expand")
            if span is None:
                continue
            for token in span:
                self.by_token.setdefault(token.i, (expr, noise.get(i)))

    def at(self, token: Token) -> tuple[NumberExpr, str | None] | None:
        return self.by_token.get(token.i)
