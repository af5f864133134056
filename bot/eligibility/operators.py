"""Small named operators that evaluate one criterion rule against a set of facts.

Each operator takes the rule (a dict from criteria.yml), the facts and a context, and returns an
`Outcome`: a status and, for "not yet", the date from which the criterion would be met.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Callable, Mapping, Optional

from bot.dates import add_months, date_months_ago, date_weeks_ago

MET, NOT_MET, NOT_YET, UNKNOWN, REVIEW, CLINIC, MISSING = (
    "met", "not_met", "not_yet", "unknown", "review", "clinic", "missing")
STATUSES = (MET, NOT_MET, NOT_YET, UNKNOWN, REVIEW, CLINIC, MISSING)


@dataclass(frozen=True)
class Outcome:
    status: str
    recheck_after: Optional[date] = None


@dataclass(frozen=True)
class Context:
    today: date
    unsure: frozenset = frozenset()


Facts = Mapping[str, Any]
Operator = Callable[[Mapping[str, Any], Facts, Context], Outcome]
OPERATORS: dict[str, Operator] = {}


def operator(name: str) -> Callable[[Operator], Operator]:
    def register(function: Operator) -> Operator:
        OPERATORS[name] = function
        return function
    return register


def apply(rule: Mapping[str, Any], facts: Facts, context: Context) -> Outcome:
    try:
        function = OPERATORS[rule["op"]]
    except KeyError:
        raise ValueError(f"unknown operator {rule.get('op')!r}") from None
    return function(rule, facts, context)


def _absent(rule: Mapping[str, Any], facts: Facts, context: Context, fact: str) -> Optional[Outcome]:
    """The outcome for a fact that has no value: unsure answers are unknown, unasked ones missing."""
    if facts.get(fact) is not None:
        return None
    if fact in context.unsure:
        return Outcome(UNKNOWN)
    return Outcome(rule.get("if_missing", MISSING))


def _number(value: Any) -> float:
    if isinstance(value, bool):
        raise TypeError("a yes/no fact is not a number")
    return float(value)


@operator("clinic")
def clinic(rule, facts, context):
    return Outcome(CLINIC)


@operator("is_true")
def is_true(rule, facts, context):
    return _absent(rule, facts, context, rule["fact"]) or Outcome(MET if facts[rule["fact"]] is True else NOT_MET)


def _condition_holds(condition: Mapping[str, Any], facts: Facts) -> bool:
    value = facts.get(condition["fact"])
    if condition.get("missing"):
        return value is None
    if value is None:
        return False
    if "equals" in condition:
        return value == condition["equals"]
    if "at_least" in condition:
        return _number(value) >= condition["at_least"]
    raise ValueError(f"unknown condition {condition!r}")


@operator("is_false")
def is_false(rule, facts, context):
    """Met when the fact is false; when true, `review_if` conditions can hand it to the study team."""
    absent = _absent(rule, facts, context, rule["fact"])
    if absent:
        return absent
    if facts[rule["fact"]] is not True:
        return Outcome(MET)
    if any(_condition_holds(condition, facts) for condition in rule.get("review_if", ())):
        return Outcome(REVIEW)
    return Outcome(NOT_MET)


@operator("at_least")
def at_least(rule, facts, context):
    absent = _absent(rule, facts, context, rule["fact"])
    return absent or Outcome(MET if _number(facts[rule["fact"]]) >= rule["value"] else NOT_MET)


@operator("one_of")
def one_of(rule, facts, context):
    absent = _absent(rule, facts, context, rule["fact"])
    return absent or Outcome(rule["statuses"].get(str(facts[rule["fact"]]), UNKNOWN))


@operator("bands")
def bands(rule, facts, context):
    """The first band that holds decides: `below` is a strict bound, `up_to` an inclusive one."""
    absent = _absent(rule, facts, context, rule["fact"])
    if absent:
        return absent
    value = _number(facts[rule["fact"]])
    for band in rule["bands"]:
        if ("below" in band and value < band["below"]) or ("up_to" in band and value <= band["up_to"]):
            return Outcome(band["status"])
    return Outcome(rule["otherwise"])


@operator("waiting_period")
def waiting_period(rule, facts, context):
    """Met once `wait` months/weeks have passed since the last use; not yet before that."""
    absent = _absent(rule, facts, context, rule["fact"])
    if absent:
        return absent
    elapsed = _number(facts[rule["fact"]])
    if rule.get("zero_means_current") and elapsed <= 0:
        return Outcome(NOT_MET)  # still using: no date can be given until they stop
    if rule["unit"] == "months":
        recheck = add_months(date_months_ago(elapsed, context.today), int(rule["wait"]))
    else:
        recheck = date_weeks_ago(elapsed, context.today) + timedelta(weeks=rule["wait"])
    # Met once either count says so: average months ("6 months ago") or the calendar date
    # (31 Aug + 6 months = 28 Feb), so a re-check date we give is never itself "not yet".
    if elapsed >= rule["wait"] or recheck <= context.today:
        return Outcome(MET)
    return Outcome(NOT_YET, recheck)


@operator("recent_use")
def recent_use(rule, facts, context):
    """An exclusion for use within a window: once the window has passed it no longer applies.

    When the person said "yes" but not when, the latest possible re-check date is given
    (a full window from today), so nobody is told to come back too early.
    """
    absent = _absent(rule, facts, context, rule["fact"])
    if absent:
        return absent
    if facts[rule["fact"]] is not True:
        return Outcome(MET)
    window = timedelta(weeks=rule["window_weeks"])
    weeks_ago = facts.get(rule["since_fact"])
    if weeks_ago is None:
        return Outcome(NOT_YET, context.today + window)
    last_dose = date_weeks_ago(_number(weeks_ago), context.today)
    if last_dose + window <= context.today:
        return Outcome(MET)
    return Outcome(NOT_YET, last_dose + window)


_SEVERITY = {NOT_MET: 6, NOT_YET: 5, UNKNOWN: 4, MISSING: 3, REVIEW: 2, CLINIC: 1, MET: 0}


@operator("all_of")
def all_of(rule, facts, context):
    """Every part must be met; the worst part decides (a failure outweighs a missing answer)."""
    parts = [apply(part, facts, context) for part in rule["rules"]]
    worst = max(parts, key=lambda outcome: _SEVERITY[outcome.status])
    if worst.status == NOT_YET:
        dates = [p.recheck_after for p in parts if p.status == NOT_YET and p.recheck_after]
        return Outcome(NOT_YET, max(dates) if dates else None)
    return worst
