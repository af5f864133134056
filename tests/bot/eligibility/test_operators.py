"""Truth tables for the named operators (bot/eligibility/operators.py) and bot/dates.py.

Rules here are small synthetic ones, so each operator is pinned down on its own; the criteria.yml
rules built from them are covered in test_engine.py.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import yaml

from bot import dates
from bot.dates import add_months, date_months_ago, date_weeks_ago, months_between
from bot.eligibility.engine import CRITERIA_FILE
from bot.eligibility.operators import (
    CLINIC, MET, MISSING, NOT_MET, NOT_YET, OPERATORS, REVIEW, UNKNOWN, Context, Outcome, apply, operator)

TODAY = date(2026, 11, 25)
TOMORROW = date(2026, 11, 26)
CTX = Context(today=TODAY)


def run(rule, facts, unsure=()):
    return apply(rule, facts, Context(today=TODAY, unsure=frozenset(unsure)))


# --------------------------------------------------------------------------------------------- registry
def _ops_in(rule):
    yield rule["op"]
    for part in rule.get("rules", ()):
        yield from _ops_in(part)


def test_every_operator_named_in_criteria_yml_is_registered():
    data = yaml.safe_load(CRITERIA_FILE.read_text(encoding="utf-8"))
    used = {op for item in data["criteria"] for op in _ops_in(item["rule"])}
    assert used <= set(OPERATORS), used - set(OPERATORS)


@pytest.mark.parametrize("rule", [
    pytest.param({"op": "no_such_operator", "fact": "x"}, id="unknown-name"),
    pytest.param({"fact": "x"}, id="no-op-key"),
    pytest.param({"op": "all_of", "rules": [{"op": "no_such_operator"}]}, id="nested-unknown"),
])
def test_unknown_operator_raises_value_error(rule):
    with pytest.raises(ValueError, match="unknown operator"):
        apply(rule, {"x": 1}, CTX)


def test_a_new_operator_is_one_decorated_function():
    try:
        @operator("always_review_for_test")
        def always_review(rule, facts, context):
            return Outcome(REVIEW)

        assert apply({"op": "always_review_for_test"}, {}, CTX) == Outcome(REVIEW)
        assert apply({"op": "all_of", "rules": [{"op": "always_review_for_test"}]}, {}, CTX).status == REVIEW
    finally:
        OPERATORS.pop("always_review_for_test", None)


# --------------------------------------------------------------------------------------------- clinic
@pytest.mark.parametrize("facts", [{}, {"anything": True}], ids=["no-facts", "some-facts"])
def test_clinic_is_always_clinic(facts):
    assert run({"op": "clinic"}, facts) == Outcome(CLINIC)


# --------------------------------------------------------------------------------------------- is_true / is_false
IS_TRUE = {"op": "is_true", "fact": "x"}


@pytest.mark.parametrize("facts, unsure, status", [
    pytest.param({"x": True}, (), MET, id="true-met"),
    pytest.param({"x": False}, (), NOT_MET, id="false-not_met"),
    pytest.param({}, (), MISSING, id="absent-missing"),
    pytest.param({"x": None}, (), MISSING, id="none-missing"),
    pytest.param({}, {"x"}, UNKNOWN, id="unsure-unknown"),
    pytest.param({"x": True}, {"x"}, MET, id="answered-beats-unsure"),
])
def test_is_true(facts, unsure, status):
    assert run(IS_TRUE, facts, unsure) == Outcome(status)


def test_is_true_if_missing_overrides_missing_but_not_unsure():
    rule = {**IS_TRUE, "if_missing": MET}
    assert run(rule, {}).status == MET
    assert run(rule, {}, {"x"}).status == UNKNOWN


CANCER_LIKE = {"op": "is_false", "fact": "had", "review_if": [
    {"fact": "minor", "equals": True},
    {"fact": "years", "at_least": 5},
    {"fact": "years", "missing": True},
]}


@pytest.mark.parametrize("facts, unsure, status", [
    pytest.param({"had": False}, (), MET, id="false-met"),
    pytest.param({"had": False, "minor": True, "years": 1}, (), MET, id="false-ignores-review_if"),
    pytest.param({"had": True, "years": 1}, (), NOT_MET, id="true-recent-not_met"),
    pytest.param({"had": True, "years": 4.99}, (), NOT_MET, id="true-4.99y-not_met"),
    pytest.param({"had": True, "years": 5}, (), REVIEW, id="true-5y-review"),
    pytest.param({"had": True, "years": 16}, (), REVIEW, id="true-16y-review"),
    pytest.param({"had": True, "minor": True, "years": 1}, (), REVIEW, id="true-minor-review"),
    pytest.param({"had": True, "minor": False, "years": 1}, (), NOT_MET, id="true-not-minor-recent-not_met"),
    pytest.param({"had": True}, (), REVIEW, id="true-when-missing-review"),
    pytest.param({"had": True}, {"years"}, REVIEW, id="true-when-unsure-review"),
    pytest.param({}, (), MISSING, id="absent-missing"),
    pytest.param({}, {"had"}, UNKNOWN, id="unsure-unknown"),
])
def test_is_false_with_review_if(facts, unsure, status):
    assert run(CANCER_LIKE, facts, unsure) == Outcome(status)


@pytest.mark.parametrize("facts, status", [
    pytest.param({"x": False}, MET, id="false-met"),
    pytest.param({"x": True}, NOT_MET, id="true-not_met"),
    pytest.param({}, MISSING, id="absent-missing"),
])
def test_is_false_plain(facts, status):
    assert run({"op": "is_false", "fact": "x"}, facts) == Outcome(status)


def test_is_false_unknown_review_condition_raises():
    rule = {"op": "is_false", "fact": "x", "review_if": [{"fact": "y", "between": [1, 2]}]}
    with pytest.raises(ValueError, match="unknown condition"):
        run(rule, {"x": True, "y": 1})


# --------------------------------------------------------------------------------------------- at_least / one_of
@pytest.mark.parametrize("value, status", [
    pytest.param(0, NOT_MET, id="0-not_met"), pytest.param(1, NOT_MET, id="1-not_met"),
    pytest.param(1.99, NOT_MET, id="1.99-not_met"), pytest.param(2, MET, id="2-met"),
    pytest.param(4, MET, id="4-met"), pytest.param(None, MISSING, id="absent-missing"),
])
def test_at_least(value, status):
    assert run({"op": "at_least", "fact": "x", "value": 2}, {"x": value}) == Outcome(status)


def test_at_least_rejects_a_yes_no_answer():
    with pytest.raises(TypeError):
        run({"op": "at_least", "fact": "x", "value": 2}, {"x": True})


SMOKING = {"op": "one_of", "fact": "s", "statuses": {"former": MET, "never": NOT_MET, "current": NOT_MET}}


@pytest.mark.parametrize("value, unsure, status", [
    pytest.param("former", (), MET, id="former-met"),
    pytest.param("never", (), NOT_MET, id="never-not_met"),
    pytest.param("current", (), NOT_MET, id="current-not_met"),
    pytest.param("occasionally", (), UNKNOWN, id="unmapped-unknown"),
    pytest.param(None, (), MISSING, id="absent-missing"),
    pytest.param(None, {"s"}, UNKNOWN, id="unsure-unknown"),
])
def test_one_of(value, unsure, status):
    assert run(SMOKING, {"s": value}, unsure) == Outcome(status)


# --------------------------------------------------------------------------------------------- bands
AGE_LIKE = {"op": "bands", "fact": "x", "bands": [
    {"below": 18, "status": NOT_MET}, {"up_to": 90, "status": MET}], "otherwise": REVIEW}
FEV1_LIKE = {"op": "bands", "fact": "x", "if_missing": CLINIC, "bands": [
    {"below": 20, "status": NOT_MET}, {"below": 50, "status": MET}, {"up_to": 60, "status": REVIEW}],
    "otherwise": NOT_MET}


@pytest.mark.parametrize("rule, value, unsure, status", [
    pytest.param(AGE_LIKE, 17, (), NOT_MET, id="below-is-strict-17"),
    pytest.param(AGE_LIKE, 17.99, (), NOT_MET, id="below-is-strict-17.99"),
    pytest.param(AGE_LIKE, 18, (), MET, id="below-is-strict-18"),
    pytest.param(AGE_LIKE, 90, (), MET, id="up_to-is-inclusive-90"),
    pytest.param(AGE_LIKE, 90.01, (), REVIEW, id="otherwise-90.01"),
    pytest.param(AGE_LIKE, 91, (), REVIEW, id="otherwise-91"),
    pytest.param(AGE_LIKE, None, (), MISSING, id="absent-missing"),
    pytest.param(AGE_LIKE, None, {"x"}, UNKNOWN, id="unsure-unknown"),
    pytest.param(FEV1_LIKE, 19, (), NOT_MET, id="fev1-19"),
    pytest.param(FEV1_LIKE, 20, (), MET, id="fev1-20"),
    pytest.param(FEV1_LIKE, 49, (), MET, id="fev1-49"),
    pytest.param(FEV1_LIKE, 49.9, (), MET, id="fev1-49.9"),
    pytest.param(FEV1_LIKE, 50, (), REVIEW, id="fev1-50"),
    pytest.param(FEV1_LIKE, 60, (), REVIEW, id="fev1-60"),
    pytest.param(FEV1_LIKE, 61, (), NOT_MET, id="fev1-61"),
    pytest.param(FEV1_LIKE, None, (), CLINIC, id="if_missing-clinic"),
    pytest.param(FEV1_LIKE, None, {"x"}, UNKNOWN, id="unsure-beats-if_missing"),
])
def test_bands(rule, value, unsure, status):
    assert run(rule, {"x": value}, unsure) == Outcome(status)


def test_bands_first_matching_band_wins():
    rule = {"op": "bands", "fact": "x", "otherwise": NOT_MET,
            "bands": [{"up_to": 10, "status": REVIEW}, {"up_to": 20, "status": MET}]}
    assert run(rule, {"x": 5}).status == REVIEW
    assert run(rule, {"x": 15}).status == MET


def test_bands_reject_a_yes_no_answer():
    with pytest.raises(TypeError):
        run(AGE_LIKE, {"x": True})


# --------------------------------------------------------------------------------------------- waiting_period
NICOTINE_LIKE = {"op": "waiting_period", "fact": "m", "unit": "months", "wait": 6, "zero_means_current": True}
WEEKS_LIKE = {"op": "waiting_period", "fact": "w", "unit": "weeks", "wait": 12}


@pytest.mark.parametrize("rule, facts, unsure, expected", [
    pytest.param(NICOTINE_LIKE, {"m": 0}, (), Outcome(NOT_MET), id="months-0-current-not_met-no-date"),
    pytest.param(NICOTINE_LIKE, {"m": 4}, (), Outcome(NOT_YET, date(2027, 1, 26)),
                 id="months-4-not_yet-last-use-2026-07-26+6m"),
    pytest.param(NICOTINE_LIKE, {"m": 5.99}, (), Outcome(NOT_YET, date(2026, 11, 27)),
                 id="months-5.99-not_yet-last-use-2026-05-27+6m"),
    pytest.param(NICOTINE_LIKE, {"m": 6}, (), Outcome(MET), id="months-6-met"),
    pytest.param(NICOTINE_LIKE, {"m": 30}, (), Outcome(MET), id="months-30-met"),
    pytest.param(NICOTINE_LIKE, {}, (), Outcome(MISSING), id="absent-missing"),
    pytest.param(NICOTINE_LIKE, {}, {"m"}, Outcome(UNKNOWN), id="unsure-unknown"),
    pytest.param({**NICOTINE_LIKE, "zero_means_current": False}, {"m": 0}, (),
                 Outcome(NOT_YET, add_months(TODAY, 6)), id="months-0-without-current-flag-not_yet"),
    pytest.param(WEEKS_LIKE, {"w": 11}, (), Outcome(NOT_YET, TODAY + timedelta(weeks=1)), id="weeks-11-not_yet"),
    pytest.param(WEEKS_LIKE, {"w": 12}, (), Outcome(MET), id="weeks-12-met"),
    # 11.95 weeks is 84 days once rounded to whole days: the calendar date has come, so it is met
    pytest.param(WEEKS_LIKE, {"w": 11.95}, (), Outcome(MET), id="weeks-11.95-is-84-days-met"),
])
def test_waiting_period(rule, facts, unsure, expected):
    assert run(rule, facts, unsure) == expected


@pytest.mark.parametrize("months", [0.5, 1, 2, 3, 4, 5, 5.5, 5.99])
def test_waiting_period_recheck_is_the_calendar_date_six_months_after_last_use(months):
    outcome = run(NICOTINE_LIKE, {"m": months})
    assert outcome.status == NOT_YET
    assert outcome.recheck_after == add_months(date_months_ago(months, TODAY), 6)
    assert outcome.recheck_after > TODAY


# --------------------------------------------------------------------------------------------- recent_use
ANTIBIOTICS_LIKE = {"op": "recent_use", "fact": "used", "since_fact": "weeks", "window_weeks": 12}


@pytest.mark.parametrize("facts, unsure, expected", [
    pytest.param({"used": False}, (), Outcome(MET), id="no-met"),
    pytest.param({"used": False, "weeks": 2}, (), Outcome(MET), id="no-ignores-weeks"),
    pytest.param({"used": True, "weeks": 11.9}, (), Outcome(NOT_YET, TOMORROW), id="11.9w-not_yet-tomorrow"),
    pytest.param({"used": True, "weeks": 12}, (), Outcome(MET), id="12w-met-on-the-day"),
    pytest.param({"used": True, "weeks": 12.1}, (), Outcome(MET), id="12.1w-met"),
    pytest.param({"used": True, "weeks": 4}, (), Outcome(NOT_YET, date(2027, 1, 20)), id="4w-not_yet-today+8w"),
    pytest.param({"used": True, "weeks": 0}, (), Outcome(NOT_YET, date(2027, 2, 17)), id="0w-not_yet-today+12w"),
    pytest.param({"used": True}, (), Outcome(NOT_YET, date(2027, 2, 17)), id="when-unknown-today+12w"),
    pytest.param({"used": True}, {"weeks"}, Outcome(NOT_YET, date(2027, 2, 17)), id="when-unsure-today+12w"),
    pytest.param({}, (), Outcome(MISSING), id="absent-missing"),
    pytest.param({}, {"used"}, Outcome(UNKNOWN), id="unsure-unknown"),
])
def test_recent_use(facts, unsure, expected):
    assert run(ANTIBIOTICS_LIKE, facts, unsure) == expected


@pytest.mark.parametrize("weeks_ago", [0, 1, 4, 8, 11, 11.9])
def test_recent_use_recheck_is_exactly_12_weeks_after_the_last_dose(weeks_ago):
    last_dose = TODAY - timedelta(days=round(weeks_ago * 7))
    assert run(ANTIBIOTICS_LIKE, {"used": True, "weeks": weeks_ago}) == Outcome(
        NOT_YET, last_dose + timedelta(weeks=12))


# --------------------------------------------------------------------------------------------- all_of
def part(status, recheck=None):
    """A rule for the test-only `fixed_for_test` operator (see the fixture): it returns this outcome."""
    return {"op": "fixed_for_test", "status": status, "recheck": recheck}


@pytest.fixture
def fixed_operator(monkeypatch):
    monkeypatch.setitem(OPERATORS, "fixed_for_test",
                        lambda rule, facts, context: Outcome(rule["status"], rule["recheck"]))


@pytest.mark.parametrize("parts, expected", [
    pytest.param([MET, MET], Outcome(MET), id="met+met->met"),
    pytest.param([MET, CLINIC], Outcome(CLINIC), id="met+clinic->clinic"),
    pytest.param([CLINIC, REVIEW], Outcome(REVIEW), id="clinic+review->review"),
    pytest.param([REVIEW, MISSING], Outcome(MISSING), id="review+missing->missing"),
    pytest.param([MISSING, UNKNOWN], Outcome(UNKNOWN), id="missing+unknown->unknown"),
    pytest.param([UNKNOWN, (NOT_YET, TOMORROW)], Outcome(NOT_YET, TOMORROW), id="unknown+not_yet->not_yet"),
    pytest.param([MISSING, NOT_MET], Outcome(NOT_MET), id="missing+not_met->not_met"),
    pytest.param([(NOT_YET, TOMORROW), NOT_MET], Outcome(NOT_MET), id="not_yet+not_met->not_met-no-date"),
    pytest.param([(NOT_YET, TOMORROW), (NOT_YET, date(2027, 3, 1)), (NOT_YET, date(2027, 1, 1))],
                 Outcome(NOT_YET, date(2027, 3, 1)), id="not_yet-x3->latest-date"),
])
def test_all_of_worst_part_decides(fixed_operator, parts, expected):
    rules = [part(*p) if isinstance(p, tuple) else part(p) for p in parts]
    assert run({"op": "all_of", "rules": rules}, {}) == expected


SMOKING_HISTORY = {"op": "all_of", "rules": [SMOKING, {"op": "at_least", "fact": "py", "value": 10}]}


@pytest.mark.parametrize("facts, unsure, status", [
    pytest.param({"s": "former", "py": 10}, (), MET, id="former-10py-met"),
    pytest.param({"s": "former", "py": 9.9}, (), NOT_MET, id="former-9.9py-not_met"),
    pytest.param({"s": "never"}, (), NOT_MET, id="never-py-not-asked-not_met"),
    pytest.param({"s": "current", "py": 40}, (), NOT_MET, id="current-40py-not_met"),
    pytest.param({"s": "former"}, (), MISSING, id="former-py-not-asked-missing"),
    pytest.param({"s": "former"}, {"py"}, UNKNOWN, id="former-py-unsure-unknown"),
    pytest.param({"py": 30}, {"s"}, UNKNOWN, id="status-unsure-unknown"),
])
def test_all_of_smoking_history(facts, unsure, status):
    assert run(SMOKING_HISTORY, facts, unsure).status == status


# --------------------------------------------------------------------------------------------- bot.dates
def test_today_honours_screening_date(monkeypatch):
    monkeypatch.setenv("SCREENING_DATE", "2026-11-25")
    assert dates.today() == TODAY
    monkeypatch.setenv("SCREENING_DATE", " 2027-02-28 ")
    assert dates.today() == date(2027, 2, 28)


@pytest.mark.parametrize("value", [None, ""], ids=["unset", "empty"])
def test_today_without_screening_date_is_the_real_today(monkeypatch, value):
    if value is None:
        monkeypatch.delenv("SCREENING_DATE", raising=False)
    else:
        monkeypatch.setenv("SCREENING_DATE", value)
    before = date.today()
    assert dates.today() in {before, date.today()}


@pytest.mark.parametrize("value", ["25/11/2026", "2026-13-01", "2026-02-30", "tomorrow", "2026-11"])
def test_today_rejects_a_malformed_screening_date(monkeypatch, value):
    monkeypatch.setenv("SCREENING_DATE", value)
    with pytest.raises(ValueError, match="SCREENING_DATE"):
        dates.today()


@pytest.mark.parametrize("start, months, expected", [
    pytest.param(date(2026, 8, 31), 6, date(2027, 2, 28), id="31-aug+6->28-feb"),
    pytest.param(date(2027, 8, 31), 6, date(2028, 2, 29), id="31-aug+6->29-feb-leap-year"),
    pytest.param(date(2026, 1, 31), 1, date(2026, 2, 28), id="31-jan+1->28-feb"),
    pytest.param(date(2026, 3, 31), 1, date(2026, 4, 30), id="31-mar+1->30-apr"),
    pytest.param(date(2026, 7, 26), 6, date(2027, 1, 26), id="across-year-end"),
    pytest.param(date(2026, 11, 25), 0, date(2026, 11, 25), id="zero"),
    pytest.param(date(2026, 11, 25), 12, date(2027, 11, 25), id="twelve"),
    pytest.param(date(2026, 3, 31), -1, date(2026, 2, 28), id="minus-one-clamps"),
    pytest.param(date(2026, 1, 15), -2, date(2025, 11, 15), id="minus-two-across-year"),
])
def test_add_months_clamps_to_the_month_end(start, months, expected):
    assert add_months(start, months) == expected


def test_weeks_and_months_ago():
    assert date_weeks_ago(12, TODAY) == date(2026, 9, 2)
    assert date_weeks_ago(11.9, TODAY) == date(2026, 9, 3)
    assert date_months_ago(4, TODAY) == date(2026, 7, 26)  # 4 average months = 122 days
    assert months_between(TODAY, TODAY) == 0
    assert months_between(date(2026, 5, 25), TODAY) == 6.05


@pytest.mark.parametrize("days_ago", [0, 1, 27, 84, 121, 122, 181, 182, 183, 184, 365, 366],
                         ids=lambda d: f"{d}-days-ago")
def test_months_between_round_trips_to_the_same_day(days_ago):
    """A date turned into "months ago" (as the extractor does) comes back as the same date."""
    last_use = TODAY - timedelta(days=days_ago)
    assert date_months_ago(months_between(last_use, TODAY), TODAY) == last_use
