"""The sexes of the harmed (signature.victims_sexes, signature `vx`) and the rule that reads
them: two reports placed in one town, one of a man harmed and the other of a woman, are two
shootings (decide.victims_differ, W_OTHER_VICTIMS). Invented reports only."""

from __future__ import annotations

from typing import Any

import pytest

from newsfold.group import decide
from newsfold.group.signature import signature, victims_sexes
from newsfold.records import Claim

from .corpus import MARROWFIELD, Report


def _claim(field: str, value: int, victims: str, **attrs: Any) -> Claim:
    return Claim(
        field=field, value=value, text=victims, start=0, end=1, attrs={"victims": victims, **attrs}
    )


def test_victims_sexes_reads_the_words_of_the_harmed() -> None:
    assert victims_sexes([_claim("injuries", 1, "A woman")]) == "f"
    assert victims_sexes([_claim("fatalities", 1, "One man")]) == "m"
    assert victims_sexes([_claim("injuries", 2, "a man and a woman")]) == "fm"
    assert victims_sexes([_claim("fatalities", 1, "He"), _claim("injuries", 1, "his wife")]) == "fm"
    # no sex told: a teen, a name, people; and a count of nobody ("no one was hurt")
    assert victims_sexes([_claim("injuries", 1, "A 16-year-old")]) == ""
    assert victims_sexes([_claim("fatalities", 1, "Jordan Pike")]) == ""
    assert victims_sexes([_claim("injuries", 0, "no men")]) == ""
    # an injury count of 0 that stands for a harmed person who died is still a victim
    assert victims_sexes([_claim("injuries", 0, "A woman", harmed=1, minus_killed=1)]) == "f"
    # other claims are not the harmed
    assert victims_sexes([_claim("arrested", 1, "a man")]) == ""


def _sig(rid: str, text: str, sexes: str) -> Any:
    report = Report(
        rid, text, "Shooting in Marrowfield", "2024-05-05", date="2024-05-04", place=MARROWFIELD
    )
    sig = signature(report.article(), report.analysis())
    sig["n_mh"] = sig["n_mhs"] = 0  # no copy or rewrite: the rules below decide
    if sexes:
        sig["vx"] = sexes
    return sig


def test_victims_of_another_sex_in_one_town_cost_score(monkeypatch: pytest.MonkeyPatch) -> None:
    a = _sig("a", "A man was shot Saturday night in Marrowfield, police said.", "m")
    b = _sig("b", "A woman was shot Saturday night in Marrowfield, police said.", "f")
    assert decide.victims_differ(a, b)
    with_rule = decide.compare(a, b, lambda _: 0.8)
    monkeypatch.setattr(decide, "W_OTHER_VICTIMS", 0.0)
    without = decide.compare(a, b, lambda _: 0.8)
    assert "victims of another sex" in with_rule.reasons
    assert with_rule.score == pytest.approx(without.score - 3.0)
    assert with_rule.score < without.score


@pytest.mark.parametrize(("va", "vb"), [("m", "fm"), ("f", "f"), ("m", ""), ("", "")])
def test_a_shared_or_untold_sex_says_nothing(va: str, vb: str) -> None:
    a = _sig("a", "A man was shot Saturday night in Marrowfield, police said.", va)
    b = _sig("b", "Two people were shot Saturday night in Marrowfield, police said.", vb)
    assert not decide.victims_differ(a, b)
    assert "victims of another sex" not in decide.compare(a, b, lambda _: 0.8).reasons


def test_signature_keeps_the_sexes_and_the_side_of_midnight() -> None:
    from newsfold.analyse import analyse_many
    from newsfold.records import Article

    article = Article(
        id="m1",
        published="2024-09-10T14:00:00Z",
        title="Woman hurt in Marrowfield shooting",
        text="A woman was shot Monday night in Marrowfield around 9 p.m., police said.",
    )
    sig = signature(article, next(iter(analyse_many([article]))))
    assert sig.get("vx") == "f"
    assert sig.get("nt") == "l"
