"""Shared helpers for the fact-extractor tables: one "today", tolerances, and the case checker."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Mapping, Optional

import pytest

TODAY = date(2026, 11, 25)

# Absolute tolerance per numeric fact, except pack-years which is relative (people estimate them).
TOLERANCE = {
    "age": 0.0, "mmrc_grade": 0.0, "months_since_nicotine": 1.5, "exacerbation_months_ago": 1.5,
    "smoking_quit_months_ago": 1.5, "height_cm": 2.0, "weight_kg": 2.0, "bmi": 1.0,
    "fev1_percent": 1.0, "antibiotics_weeks_ago": 1.0, "steroids_weeks_ago": 1.0,
    "cancer_years_ago": 0.5, "smoking_years": 1.0, "packs_per_day": 0.05,
}
PACK_YEARS_RELATIVE = 0.15

# Working facts the extractor keeps for later answers; a case need not list them.
HELPER_FACTS = {"packs_per_day", "smoking_years", "smoking_quit_months_ago", "height_imperial",
                "bmi_reported", "cancer_minor_skin"}


@dataclass
class Case:
    """One answer and what the extractor must make of it.

    `facts` must all be found with these values; any other screening fact found is an error
    (the benchmark counts it as a false positive). `unsure` slots must be flagged unsure and
    left empty; `approximate` and `invalid` slots must be flagged so.
    """

    text: str
    asked: Optional[str] = None
    known: Mapping[str, Any] = field(default_factory=dict)
    facts: dict[str, Any] = field(default_factory=dict)
    unsure: tuple[str, ...] = ()
    approximate: tuple[str, ...] = ()
    invalid: tuple[str, ...] = ()
    allow_extra: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        label = self.text if len(self.text) <= 60 else self.text[:57] + "..."
        return f"{self.asked or '-'}: {label}"


def case(text: str, asked: Optional[str] = None, known: Optional[Mapping[str, Any]] = None, *,
         unsure=(), approximate=(), invalid=(), allow_extra=(), **facts) -> Case:
    return Case(text, asked, known or {}, facts, tuple(unsure), tuple(approximate), tuple(invalid),
                tuple(allow_extra))


def cases(*items: Case):
    return pytest.mark.parametrize("c", items, ids=[item.id for item in items])


def value_matches(slot: str, got: Any, want: Any) -> bool:
    if isinstance(want, bool) or isinstance(got, bool) or isinstance(want, str):
        return got == want and type(got) is type(want)
    if got is None:
        return False
    if slot == "pack_years":
        return abs(float(got) - want) <= max(1.0, PACK_YEARS_RELATIVE * abs(want))
    return abs(float(got) - want) <= TOLERANCE.get(slot, 0.01) + 1e-9


def check(c: Case, result) -> None:
    problems = []
    for slot, want in c.facts.items():
        if slot not in result.facts:
            problems.append(f"{slot}: missing, want {want!r}")
        elif not value_matches(slot, result.facts[slot], want):
            problems.append(f"{slot}: got {result.facts[slot]!r}, want {want!r}")
    for slot, value in result.facts.items():
        if slot in c.facts or slot in HELPER_FACTS or slot in c.known or slot in c.allow_extra:
            continue
        problems.append(f"{slot}: got {value!r}, not expected")
    for slot in c.unsure:
        if slot not in result.unsure:
            problems.append(f"{slot}: not flagged unsure")
        if slot in result.facts:
            problems.append(f"{slot}: unsure but set to {result.facts[slot]!r}")
    for slot in c.approximate:
        if slot not in result.approximate:
            problems.append(f"{slot}: not flagged approximate")
    for slot in c.invalid:
        if slot not in result.invalid:
            problems.append(f"{slot}: not reported invalid")
        if slot in result.facts:
            problems.append(f"{slot}: invalid but set to {result.facts[slot]!r}")
    assert not problems, f"{c.text!r} (asked {c.asked}):\n  " + "\n  ".join(problems) + \
        f"\n  facts={result.facts} unsure={result.unsure} approx={result.approximate} invalid={result.invalid}"
