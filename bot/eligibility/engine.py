"""The eligibility engine: criteria data in, one result per criterion and an outcome out.

It knows nothing of Rasa; actions translate slots into facts and results into messages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping, Optional

import yaml

from bot.eligibility.operators import (
    CLINIC, MET, MISSING, NOT_MET, NOT_YET, REVIEW, UNKNOWN, Context, apply)

CRITERIA_FILE = Path(__file__).with_name("criteria.yml")

LIKELY_ELIGIBLE, NOT_ELIGIBLE, NOT_YET_ELIGIBLE, NEEDS_REVIEW = (
    "likely_eligible", "not_eligible", "not_yet_eligible", "needs_review")


@dataclass(frozen=True)
class Criterion:
    id: str
    kind: str  # inclusion | exclusion
    answered_by: str  # patient | clinic
    facts: tuple[str, ...]
    rule: Mapping[str, Any]
    reasons: Mapping[str, str]


@dataclass(frozen=True)
class CriteriaSet:
    version: str
    criteria: tuple[Criterion, ...]

    def by_id(self, criterion_id: str) -> Criterion:
        return next(c for c in self.criteria if c.id == criterion_id)


@dataclass(frozen=True)
class CriterionResult:
    id: str
    kind: str
    answered_by: str
    status: str
    reason: Optional[str]
    recheck_after: Optional[date] = None

    def as_dict(self) -> dict:
        return {"id": self.id, "kind": self.kind, "answered_by": self.answered_by,
                "status": self.status, "reason": self.reason,
                "recheck_after": self.recheck_after.isoformat() if self.recheck_after else None}


@dataclass(frozen=True)
class Evaluation:
    outcome: str
    results: tuple[CriterionResult, ...]
    criteria_version: str
    recheck_after: Optional[date] = None
    unmet_criteria: list[str] = field(default_factory=list)
    review_criteria: list[str] = field(default_factory=list)

    @property
    def definitely_failed(self) -> bool:
        return self.outcome == NOT_ELIGIBLE

    def result(self, criterion_id: str) -> CriterionResult:
        return next(r for r in self.results if r.id == criterion_id)


def load_criteria(path: Path | str = CRITERIA_FILE) -> CriteriaSet:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    criteria = tuple(
        Criterion(id=item["id"], kind=item["kind"], answered_by=item["answered_by"],
                  facts=tuple(item.get("facts", ())), rule=item["rule"],
                  reasons=item.get("reasons", {}))
        for item in data["criteria"])
    ids = [c.id for c in criteria]
    if len(ids) != len(set(ids)):
        raise ValueError("criteria ids must be unique")
    return CriteriaSet(version=str(data["criteria_version"]), criteria=criteria)


@lru_cache(maxsize=1)
def default_criteria() -> CriteriaSet:
    return load_criteria()


def evaluate(facts: Mapping[str, Any], today: date, unsure: Iterable[str] = (),
             criteria: CriteriaSet | None = None) -> Evaluation:
    """Judge every criterion, then pick one outcome by the reference's precedence.

    `unsure` names facts the person could not answer ("not sure"): their criteria go to review.
    Facts that were never asked are "missing"; they count as open questions for the study team.
    """
    criteria = criteria or default_criteria()
    context = Context(today=today, unsure=frozenset(unsure))
    results = []
    for criterion in criteria.criteria:
        outcome = apply(criterion.rule, facts, context)
        results.append(CriterionResult(
            id=criterion.id, kind=criterion.kind, answered_by=criterion.answered_by,
            status=outcome.status, reason=criterion.reasons.get(outcome.status),
            recheck_after=outcome.recheck_after))

    def ids(*statuses: str) -> list[str]:
        return [r.id for r in results if r.status in statuses]

    unmet = ids(NOT_MET, NOT_YET)
    review = ids(REVIEW, UNKNOWN, MISSING)
    recheck = None
    if ids(NOT_MET):
        outcome = NOT_ELIGIBLE
    elif ids(NOT_YET):
        outcome = NOT_YET_ELIGIBLE
        dates = [r.recheck_after for r in results if r.status == NOT_YET and r.recheck_after]
        recheck = max(dates) if dates else None
    elif review:
        outcome = NEEDS_REVIEW
    else:
        outcome = LIKELY_ELIGIBLE
    if outcome == NOT_ELIGIBLE:
        review = ids(REVIEW, UNKNOWN)  # unasked questions do not matter once a criterion has failed
    return Evaluation(outcome=outcome, results=tuple(results), criteria_version=criteria.version,
                      recheck_after=recheck, unmet_criteria=unmet, review_criteria=review)


def patient_facts(criteria: CriteriaSet | None = None) -> list[str]:
    """Every fact some patient-answered criterion reads, in criteria order."""
    criteria = criteria or default_criteria()
    seen: list[str] = []
    for criterion in criteria.criteria:
        if criterion.answered_by == "patient":
            seen.extend(f for f in criterion.facts if f not in seen)
    return seen


__all__ = ["evaluate", "load_criteria", "default_criteria", "Evaluation", "CriterionResult",
           "CriteriaSet", "Criterion", "patient_facts", "LIKELY_ELIGIBLE", "NOT_ELIGIBLE",
           "NOT_YET_ELIGIBLE", "NEEDS_REVIEW", "MET", "NOT_MET", "NOT_YET", "UNKNOWN", "REVIEW",
           "CLINIC", "MISSING"]
