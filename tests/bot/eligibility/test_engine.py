"""Truth tables for the eligibility engine (bot/eligibility/engine.py + criteria.yml).

Rules under test: /work/shared/trial-reference.md ("Eligibility criteria" and "Outcomes").
Every test starts from the `eligible_facts` fixture (conftest.py) and changes one or two facts.
In `changes`, a value of None means "never asked" (the fact is removed).
"""

from __future__ import annotations

import copy
from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml

from bot.dates import add_months, date_months_ago, months_between
from bot.eligibility import (
    CLINIC, LIKELY_ELIGIBLE, MET, MISSING, NEEDS_REVIEW, NOT_ELIGIBLE, NOT_MET, NOT_YET,
    NOT_YET_ELIGIBLE, REVIEW, UNKNOWN, default_criteria, evaluate, load_criteria, patient_facts)
from bot.eligibility.engine import CRITERIA_FILE

TODAY = date(2026, 11, 25)
TWELVE_WEEKS_FROM_TODAY = date(2027, 2, 17)   # TODAY + 84 days
EIGHT_WEEKS_FROM_TODAY = date(2027, 1, 20)    # TODAY + 56 days
TOMORROW = date(2026, 11, 26)
# "quit nicotine 4 months ago": 4 average months = 122 days -> last use 2026-07-26 -> + 6 calendar months
NICOTINE_4_MONTHS_RECHECK = date(2027, 1, 26)
# 5.99 months = 182 days -> last use 2026-05-27 -> + 6 calendar months
NICOTINE_5_99_MONTHS_RECHECK = date(2026, 11, 27)

CLINIC_ONLY = ("spirometry_ratio", "lung_capacity", "kidney_function", "consent")


def with_changes(facts: dict, changes: dict) -> dict:
    changed = dict(facts)
    for name, value in changes.items():
        if value is None:
            changed.pop(name, None)
        else:
            changed[name] = value
    return changed


def case(case_id, changes, criterion_id, status, outcome, recheck=None, unsure=()):
    return pytest.param(changes, frozenset(unsure), criterion_id, status, outcome, recheck, id=case_id)


def unsure_case(criterion_id, fact):
    return case(f"{criterion_id}-unsure-{fact}", {fact: None}, criterion_id, UNKNOWN, NEEDS_REVIEW,
                unsure={fact})


def missing_case(criterion_id, fact):
    return case(f"{criterion_id}-not-asked-{fact}", {fact: None}, criterion_id, MISSING, NEEDS_REVIEW)


# ---------------------------------------------------------------------------------------------
# One criterion at a time: (changes, unsure, criterion, its status, overall outcome, its recheck)
# ---------------------------------------------------------------------------------------------
CASES = [
    # age: 18 or older; registry range 18-90, older than 90 -> review
    case("age-17-not_met", {"age": 17}, "age", NOT_MET, NOT_ELIGIBLE),
    case("age-17.9-not_met", {"age": 17.9}, "age", NOT_MET, NOT_ELIGIBLE),
    case("age-18-met", {"age": 18}, "age", MET, LIKELY_ELIGIBLE),
    case("age-90-met", {"age": 90}, "age", MET, LIKELY_ELIGIBLE),
    case("age-91-review", {"age": 91}, "age", REVIEW, NEEDS_REVIEW),
    missing_case("age", "age"),
    unsure_case("age", "age"),

    # copd: diagnosed COPD
    case("copd-yes-met", {"copd_diagnosis": True}, "copd", MET, LIKELY_ELIGIBLE),
    case("copd-no-not_met", {"copd_diagnosis": False}, "copd", NOT_MET, NOT_ELIGIBLE),
    missing_case("copd", "copd_diagnosis"),
    unsure_case("copd", "copd_diagnosis"),

    # clinic-only criteria: never asked, always left for the screening visit
    *[case(f"{cid}-clinic", {}, cid, CLINIC, LIKELY_ELIGIBLE) for cid in CLINIC_ONLY],

    # fev1_range: clinic, optional question; 20-49 met, 50-60 review, <20 or >60 not met
    case("fev1-not-asked-clinic", {"fev1_percent": None}, "fev1_range", CLINIC, LIKELY_ELIGIBLE),
    case("fev1-19-not_met", {"fev1_percent": 19}, "fev1_range", NOT_MET, NOT_ELIGIBLE),
    case("fev1-19.9-not_met", {"fev1_percent": 19.9}, "fev1_range", NOT_MET, NOT_ELIGIBLE),
    case("fev1-20-met", {"fev1_percent": 20}, "fev1_range", MET, LIKELY_ELIGIBLE),
    case("fev1-49-met", {"fev1_percent": 49}, "fev1_range", MET, LIKELY_ELIGIBLE),
    case("fev1-50-review", {"fev1_percent": 50}, "fev1_range", REVIEW, NEEDS_REVIEW),
    case("fev1-60-review", {"fev1_percent": 60}, "fev1_range", REVIEW, NEEDS_REVIEW),
    case("fev1-60.1-not_met", {"fev1_percent": 60.1}, "fev1_range", NOT_MET, NOT_ELIGIBLE),
    case("fev1-61-not_met", {"fev1_percent": 61}, "fev1_range", NOT_MET, NOT_ELIGIBLE),
    unsure_case("fev1_range", "fev1_percent"),

    # smoking_history: former smoker with >= 10 pack-years
    case("smoking-former-10py-met", {"pack_years": 10}, "smoking_history", MET, LIKELY_ELIGIBLE),
    case("smoking-former-9.9py-not_met", {"pack_years": 9.9}, "smoking_history", NOT_MET, NOT_ELIGIBLE),
    case("smoking-never-not_met", {"smoking_status": "never", "pack_years": 0},
         "smoking_history", NOT_MET, NOT_ELIGIBLE),
    case("smoking-never-pack-years-not-asked-not_met", {"smoking_status": "never", "pack_years": None},
         "smoking_history", NOT_MET, NOT_ELIGIBLE),
    case("smoking-current-not_met", {"smoking_status": "current"}, "smoking_history", NOT_MET, NOT_ELIGIBLE),
    missing_case("smoking_history", "smoking_status"),
    missing_case("smoking_history", "pack_years"),
    unsure_case("smoking_history", "smoking_status"),
    unsure_case("smoking_history", "pack_years"),

    # nicotine_free: no nicotine for >= 6 months; 0 = current user (no date); recheck = last use + 6 months
    case("nicotine-0-current-not_met-no-date", {"months_since_nicotine": 0},
         "nicotine_free", NOT_MET, NOT_ELIGIBLE),
    case("nicotine-4-months-not_yet", {"months_since_nicotine": 4}, "nicotine_free", NOT_YET,
         NOT_YET_ELIGIBLE, NICOTINE_4_MONTHS_RECHECK),
    case("nicotine-5.99-months-not_yet", {"months_since_nicotine": 5.99}, "nicotine_free", NOT_YET,
         NOT_YET_ELIGIBLE, NICOTINE_5_99_MONTHS_RECHECK),
    case("nicotine-6-months-met", {"months_since_nicotine": 6}, "nicotine_free", MET, LIKELY_ELIGIBLE),
    case("nicotine-24-months-met", {"months_since_nicotine": 24}, "nicotine_free", MET, LIKELY_ELIGIBLE),
    missing_case("nicotine_free", "months_since_nicotine"),
    unsure_case("nicotine_free", "months_since_nicotine"),

    # dyspnea: mMRC grade >= 2
    case("mmrc-0-not_met", {"mmrc_grade": 0}, "dyspnea", NOT_MET, NOT_ELIGIBLE),
    case("mmrc-1-not_met", {"mmrc_grade": 1}, "dyspnea", NOT_MET, NOT_ELIGIBLE),
    case("mmrc-2-met", {"mmrc_grade": 2}, "dyspnea", MET, LIKELY_ELIGIBLE),
    case("mmrc-4-met", {"mmrc_grade": 4}, "dyspnea", MET, LIKELY_ELIGIBLE),
    missing_case("dyspnea", "mmrc_grade"),
    unsure_case("dyspnea", "mmrc_grade"),

    # exacerbation: a treated flare-up in the last 12 months
    case("exacerbation-yes-5-months-met", {}, "exacerbation", MET, LIKELY_ELIGIBLE),
    case("exacerbation-yes-when-not-asked-met", {"exacerbation_months_ago": None},
         "exacerbation", MET, LIKELY_ELIGIBLE),
    case("exacerbation-12-months-met", {"exacerbation_months_ago": 12}, "exacerbation", MET, LIKELY_ELIGIBLE),
    case("exacerbation-13-months-not_met", {"exacerbation_months_ago": 13},
         "exacerbation", NOT_MET, NOT_ELIGIBLE),
    case("exacerbation-no-not_met", {"exacerbation_last_year": False, "exacerbation_months_ago": None},
         "exacerbation", NOT_MET, NOT_ELIGIBLE),
    missing_case("exacerbation", "exacerbation_last_year"),
    unsure_case("exacerbation", "exacerbation_last_year"),

    # site_visits
    case("site-visits-yes-met", {"can_attend_site_visits": True}, "site_visits", MET, LIKELY_ELIGIBLE),
    case("site-visits-no-not_met", {"can_attend_site_visits": False}, "site_visits", NOT_MET, NOT_ELIGIBLE),
    missing_case("site_visits", "can_attend_site_visits"),
    unsure_case("site_visits", "can_attend_site_visits"),

    # recent_infection: systemic antibiotics in the 12 weeks before; eligible again 12 weeks after last dose
    case("antibiotics-no-met", {"antibiotics_last_12_weeks": False}, "recent_infection", MET, LIKELY_ELIGIBLE),
    case("antibiotics-11.9-weeks-not_yet", {"antibiotics_last_12_weeks": True, "antibiotics_weeks_ago": 11.9},
         "recent_infection", NOT_YET, NOT_YET_ELIGIBLE, TOMORROW),
    case("antibiotics-12-weeks-met", {"antibiotics_last_12_weeks": True, "antibiotics_weeks_ago": 12},
         "recent_infection", MET, LIKELY_ELIGIBLE),
    case("antibiotics-12.1-weeks-met", {"antibiotics_last_12_weeks": True, "antibiotics_weeks_ago": 12.1},
         "recent_infection", MET, LIKELY_ELIGIBLE),
    case("antibiotics-4-weeks-not_yet", {"antibiotics_last_12_weeks": True, "antibiotics_weeks_ago": 4},
         "recent_infection", NOT_YET, NOT_YET_ELIGIBLE, EIGHT_WEEKS_FROM_TODAY),
    case("antibiotics-yes-when-unknown-recheck-today+12w", {"antibiotics_last_12_weeks": True},
         "recent_infection", NOT_YET, NOT_YET_ELIGIBLE, TWELVE_WEEKS_FROM_TODAY),
    missing_case("recent_infection", "antibiotics_last_12_weeks"),
    unsure_case("recent_infection", "antibiotics_last_12_weeks"),

    # bmi: excluded above 35 or below 16
    case("bmi-15.9-not_met", {"bmi": 15.9}, "bmi", NOT_MET, NOT_ELIGIBLE),
    case("bmi-16-met", {"bmi": 16}, "bmi", MET, LIKELY_ELIGIBLE),
    case("bmi-35-met", {"bmi": 35}, "bmi", MET, LIKELY_ELIGIBLE),
    case("bmi-35.1-not_met", {"bmi": 35.1}, "bmi", NOT_MET, NOT_ELIGIBLE),
    missing_case("bmi", "bmi"),
    unsure_case("bmi", "bmi"),

    # pregnancy
    case("not-pregnant-met", {"pregnant_or_breastfeeding": False}, "pregnancy", MET, LIKELY_ELIGIBLE),
    case("pregnant-or-breastfeeding-not_met", {"pregnant_or_breastfeeding": True},
         "pregnancy", NOT_MET, NOT_ELIGIBLE),
    missing_case("pregnancy", "pregnant_or_breastfeeding"),
    unsure_case("pregnancy", "pregnant_or_breastfeeding"),

    # immunosuppressants
    case("immunosuppressants-no-met", {"immunosuppressants": False}, "immunosuppressants", MET, LIKELY_ELIGIBLE),
    case("immunosuppressants-yes-not_met", {"immunosuppressants": True},
         "immunosuppressants", NOT_MET, NOT_ELIGIBLE),
    missing_case("immunosuppressants", "immunosuppressants"),
    unsure_case("immunosuppressants", "immunosuppressants"),

    # steroids: systemic corticosteroids in the 12 weeks before; eligible again 12 weeks after last dose
    case("steroids-no-met", {"steroids_last_12_weeks": False}, "steroids", MET, LIKELY_ELIGIBLE),
    case("steroids-11.9-weeks-not_yet", {"steroids_last_12_weeks": True, "steroids_weeks_ago": 11.9},
         "steroids", NOT_YET, NOT_YET_ELIGIBLE, TOMORROW),
    case("steroids-12-weeks-met", {"steroids_last_12_weeks": True, "steroids_weeks_ago": 12},
         "steroids", MET, LIKELY_ELIGIBLE),
    case("steroids-12.1-weeks-met", {"steroids_last_12_weeks": True, "steroids_weeks_ago": 12.1},
         "steroids", MET, LIKELY_ELIGIBLE),
    case("steroids-yes-when-unknown-recheck-today+12w", {"steroids_last_12_weeks": True},
         "steroids", NOT_YET, NOT_YET_ELIGIBLE, TWELVE_WEEKS_FROM_TODAY),
    missing_case("steroids", "steroids_last_12_weeks"),
    unsure_case("steroids", "steroids_last_12_weeks"),

    # cancer: history excludes; long ago (>= 5 years) or minor skin cancer -> study team decides
    case("cancer-no-met", {"cancer_history": False}, "cancer", MET, LIKELY_ELIGIBLE),
    case("cancer-2-years-ago-not_met", {"cancer_history": True, "cancer_years_ago": 2},
         "cancer", NOT_MET, NOT_ELIGIBLE),
    case("cancer-4.9-years-ago-not_met", {"cancer_history": True, "cancer_years_ago": 4.9},
         "cancer", NOT_MET, NOT_ELIGIBLE),
    case("cancer-5-years-ago-review", {"cancer_history": True, "cancer_years_ago": 5},
         "cancer", REVIEW, NEEDS_REVIEW),
    case("cancer-free-since-2010-review", {"cancer_history": True, "cancer_years_ago": 16},
         "cancer", REVIEW, NEEDS_REVIEW),
    case("cancer-minor-skin-recent-review",
         {"cancer_history": True, "cancer_minor_skin": True, "cancer_years_ago": 1},
         "cancer", REVIEW, NEEDS_REVIEW),
    case("cancer-when-unknown-review", {"cancer_history": True}, "cancer", REVIEW, NEEDS_REVIEW),
    case("cancer-when-unsure-review", {"cancer_history": True, "cancer_years_ago": None},
         "cancer", REVIEW, NEEDS_REVIEW, unsure={"cancer_years_ago"}),
    missing_case("cancer", "cancer_history"),
    unsure_case("cancer", "cancer_history"),

    # autoimmune
    case("autoimmune-no-met", {"autoimmune_disease": False}, "autoimmune", MET, LIKELY_ELIGIBLE),
    case("autoimmune-yes-not_met", {"autoimmune_disease": True}, "autoimmune", NOT_MET, NOT_ELIGIBLE),
    missing_case("autoimmune", "autoimmune_disease"),
    unsure_case("autoimmune", "autoimmune_disease"),

    # heart
    case("heart-no-met", {"heart_condition": False}, "heart", MET, LIKELY_ELIGIBLE),
    case("heart-yes-not_met", {"heart_condition": True}, "heart", NOT_MET, NOT_ELIGIBLE),
    missing_case("heart", "heart_condition"),
    unsure_case("heart", "heart_condition"),
]


@pytest.mark.parametrize("changes, unsure, criterion_id, status, outcome, recheck", CASES)
def test_one_criterion_truth_table(eligible_facts, changes, unsure, criterion_id, status, outcome, recheck):
    evaluation = evaluate(with_changes(eligible_facts, changes), TODAY, unsure=unsure)
    result = evaluation.result(criterion_id)

    assert result.status == status
    assert result.recheck_after == recheck
    assert evaluation.outcome == outcome
    # only this criterion moved: everything else is still met (or left to the clinic)
    assert [r.id for r in evaluation.results
            if r.id != criterion_id and r.status not in (MET, CLINIC)] == []
    assert evaluation.unmet_criteria == ([criterion_id] if status in (NOT_MET, NOT_YET) else [])
    assert evaluation.review_criteria == ([criterion_id] if status in (REVIEW, UNKNOWN, MISSING) else [])
    assert evaluation.recheck_after == (recheck if outcome == NOT_YET_ELIGIBLE else None)


def test_truth_table_covers_every_criterion_in_the_yaml():
    """A new criterion in criteria.yml must get rows here (and patient ones a missing and an unsure row)."""
    rows = [(p.values[2], p.values[3]) for p in CASES]
    for criterion in default_criteria().criteria:
        statuses = {status for cid, status in rows if cid == criterion.id}
        assert statuses, f"no truth-table row for {criterion.id}"
        if criterion.answered_by == "patient":
            assert {MET, MISSING, UNKNOWN} <= statuses, criterion.id
            assert statuses & {NOT_MET, NOT_YET, REVIEW}, criterion.id
        else:
            assert CLINIC in statuses, criterion.id


def _reason_params():
    params = []
    for p in CASES:
        status = p.values[3]
        if status in (MET, MISSING):
            continue
        params.append(pytest.param(*p.values, id=p.id))
    return params


@pytest.mark.parametrize("changes, unsure, criterion_id, status, outcome, recheck", _reason_params())
def test_every_reachable_status_has_a_reason_to_tell_the_person(
        eligible_facts, changes, unsure, criterion_id, status, outcome, recheck):
    result = evaluate(with_changes(eligible_facts, changes), TODAY, unsure=unsure).result(criterion_id)
    assert result.reason == default_criteria().by_id(criterion_id).reasons.get(status)
    assert isinstance(result.reason, str) and result.reason.strip()


# ---------------------------------------------------------------------------------------------
# The fully eligible person, and the shape of an evaluation
# ---------------------------------------------------------------------------------------------
def test_fully_eligible_person_is_likely_eligible_with_clinic_steps_left(eligible_facts):
    evaluation = evaluate(eligible_facts, TODAY)
    assert evaluation.outcome == LIKELY_ELIGIBLE
    assert evaluation.unmet_criteria == []
    assert evaluation.review_criteria == []
    assert evaluation.recheck_after is None
    assert evaluation.definitely_failed is False
    statuses = {r.id: r.status for r in evaluation.results}
    assert {cid for cid, s in statuses.items() if s == CLINIC} == {*CLINIC_ONLY, "fev1_range"}
    assert all(s == MET for cid, s in statuses.items()
               if default_criteria().by_id(cid).answered_by == "patient")


def test_results_follow_the_yaml_one_per_criterion(eligible_facts):
    criteria = default_criteria()
    evaluation = evaluate(eligible_facts, TODAY)
    raw = yaml.safe_load(CRITERIA_FILE.read_text(encoding="utf-8"))
    assert [r.id for r in evaluation.results] == [item["id"] for item in raw["criteria"]]
    assert evaluation.criteria_version == str(raw["criteria_version"])
    for result in evaluation.results:
        criterion = criteria.by_id(result.id)
        assert (result.kind, result.answered_by) == (criterion.kind, criterion.answered_by)
    assert {r.id for r in evaluation.results if r.kind == "exclusion"} == {
        "recent_infection", "bmi", "pregnancy", "immunosuppressants", "steroids", "cancer",
        "autoimmune", "heart"}


def test_evaluate_does_not_change_the_facts(eligible_facts):
    facts = with_changes(eligible_facts, {"age": 91, "steroids_last_12_weeks": True})
    before = copy.deepcopy(facts)
    evaluate(facts, TODAY, unsure={"heart_condition"})
    assert facts == before


def test_nothing_asked_yet_lists_every_patient_criterion_for_review():
    evaluation = evaluate({}, TODAY)
    patient_ids = [c.id for c in default_criteria().criteria if c.answered_by == "patient"]
    assert evaluation.outcome == NEEDS_REVIEW
    assert evaluation.unmet_criteria == []
    assert evaluation.review_criteria == patient_ids
    assert all(evaluation.result(cid).status == MISSING for cid in patient_ids)
    assert all(evaluation.result(cid).status == CLINIC for cid in (*CLINIC_ONLY, "fev1_range"))


# ---------------------------------------------------------------------------------------------
# Scenarios from "Timing rules that interact"
# ---------------------------------------------------------------------------------------------
def test_flare_up_treated_with_prednisone_4_weeks_ago_is_not_yet(eligible_facts):
    facts = with_changes(eligible_facts, {
        "exacerbation_last_year": True, "exacerbation_months_ago": 1,
        "steroids_last_12_weeks": True, "steroids_weeks_ago": 4})
    evaluation = evaluate(facts, TODAY)
    assert evaluation.result("exacerbation").status == MET
    assert evaluation.result("steroids").status == NOT_YET
    assert evaluation.result("steroids").recheck_after == TODAY + timedelta(weeks=8) == EIGHT_WEEKS_FROM_TODAY
    assert evaluation.outcome == NOT_YET_ELIGIBLE
    assert evaluation.unmet_criteria == ["steroids"]
    assert evaluation.recheck_after == EIGHT_WEEKS_FROM_TODAY


def test_flare_up_treated_with_antibiotics_and_prednisone_4_weeks_ago(eligible_facts):
    facts = with_changes(eligible_facts, {
        "exacerbation_months_ago": 1,
        "antibiotics_last_12_weeks": True, "antibiotics_weeks_ago": 4,
        "steroids_last_12_weeks": True, "steroids_weeks_ago": 4})
    evaluation = evaluate(facts, TODAY)
    assert evaluation.outcome == NOT_YET_ELIGIBLE
    assert evaluation.unmet_criteria == ["recent_infection", "steroids"]
    assert evaluation.recheck_after == EIGHT_WEEKS_FROM_TODAY


def test_current_smoker_is_not_eligible_and_gets_no_date(eligible_facts):
    facts = with_changes(eligible_facts, {"smoking_status": "current", "months_since_nicotine": 0})
    evaluation = evaluate(facts, TODAY)
    assert evaluation.outcome == NOT_ELIGIBLE
    assert evaluation.unmet_criteria == ["smoking_history", "nicotine_free"]
    assert evaluation.result("nicotine_free").status == NOT_MET
    assert evaluation.result("nicotine_free").recheck_after is None
    assert evaluation.recheck_after is None


@pytest.mark.parametrize("changes, unmet, recheck", [
    pytest.param({"months_since_nicotine": 4, "antibiotics_last_12_weeks": True, "antibiotics_weeks_ago": 11.9,
                  "steroids_last_12_weeks": True},
                 ["nicotine_free", "recent_infection", "steroids"], TWELVE_WEEKS_FROM_TODAY,
                 id="nicotine-4m+antibiotics-11.9w+steroids-when-unknown->steroids-date"),
    pytest.param({"months_since_nicotine": 4, "steroids_last_12_weeks": True, "steroids_weeks_ago": 4},
                 ["nicotine_free", "steroids"], NICOTINE_4_MONTHS_RECHECK,
                 id="nicotine-4m+steroids-4w->nicotine-date"),
    pytest.param({"antibiotics_last_12_weeks": True, "antibiotics_weeks_ago": 11.9,
                  "steroids_last_12_weeks": True, "steroids_weeks_ago": 4},
                 ["recent_infection", "steroids"], EIGHT_WEEKS_FROM_TODAY,
                 id="antibiotics-11.9w+steroids-4w->steroids-date"),
    pytest.param({"months_since_nicotine": 5.99, "antibiotics_last_12_weeks": True, "antibiotics_weeks_ago": 11.9},
                 ["nicotine_free", "recent_infection"], NICOTINE_5_99_MONTHS_RECHECK,
                 id="nicotine-5.99m+antibiotics-11.9w->nicotine-date"),
])
def test_several_not_yet_criteria_the_latest_date_wins(eligible_facts, changes, unmet, recheck):
    evaluation = evaluate(with_changes(eligible_facts, changes), TODAY)
    assert evaluation.outcome == NOT_YET_ELIGIBLE
    assert evaluation.unmet_criteria == unmet
    assert evaluation.recheck_after == recheck
    assert recheck == max(evaluation.result(cid).recheck_after for cid in unmet)


@pytest.mark.parametrize("months", [4, 5.99])
def test_nicotine_recheck_date_is_a_day_the_criterion_is_met(eligible_facts, months):
    """Coming back on the given date (with the same last use) must give `met`."""
    last_use = date_months_ago(months, TODAY)
    recheck = evaluate(with_changes(eligible_facts, {"months_since_nicotine": months}), TODAY).recheck_after
    assert recheck == add_months(last_use, 6)
    later = evaluate(with_changes(eligible_facts, {"months_since_nicotine": months_between(last_use, recheck)}),
                     recheck)
    assert later.result("nicotine_free").status == MET
    assert later.outcome == LIKELY_ELIGIBLE


# Met on the calendar date six months after the last use, even across February, and the re-check
# date given is never itself "not yet".
@pytest.mark.parametrize("last_use, screened", [
    pytest.param(date(2025, 8, 31), date(2026, 2, 28), id="last-use-31-aug-screened-28-feb"),
    pytest.param(date(2025, 9, 1), date(2026, 3, 1), id="last-use-1-sep-screened-1-mar"),
])
def test_nicotine_free_is_met_on_the_calendar_date_six_months_after_last_use(eligible_facts, last_use, screened):
    assert add_months(last_use, 6) == screened
    facts = with_changes(eligible_facts, {"months_since_nicotine": months_between(last_use, screened)})
    assert evaluate(facts, screened).result("nicotine_free").status == MET


def test_nicotine_recheck_date_is_kept_across_february(eligible_facts):
    last_use, screened = date(2025, 8, 31), date(2026, 2, 27)
    first = evaluate(with_changes(eligible_facts, {"months_since_nicotine": months_between(last_use, screened)}),
                     screened)
    assert first.outcome == NOT_YET_ELIGIBLE
    recheck = first.recheck_after
    again = evaluate(with_changes(eligible_facts, {"months_since_nicotine": months_between(last_use, recheck)}),
                     recheck)
    assert again.result("nicotine_free").status == MET, f"told to come back {recheck}, then: {again.recheck_after}"


# ---------------------------------------------------------------------------------------------
# Precedence: not_eligible > not_yet_eligible > needs_review > likely_eligible
# ---------------------------------------------------------------------------------------------
PRECEDENCE = [
    pytest.param({"age": 17, "months_since_nicotine": 4, "cancer_history": True, "cancer_years_ago": 16,
                  "mmrc_grade": None, "heart_condition": None}, {"heart_condition"},
                 NOT_ELIGIBLE, ["age", "nicotine_free"], ["cancer", "heart"], None,
                 id="not_met+not_yet+review+unknown+missing->not_eligible"),
    pytest.param({"fev1_percent": 19, "steroids_last_12_weeks": True, "steroids_weeks_ago": 4}, set(),
                 NOT_ELIGIBLE, ["fev1_range", "steroids"], [], None,
                 id="clinic-criterion-fails+not_yet->not_eligible"),
    pytest.param({"months_since_nicotine": 4, "age": 91, "mmrc_grade": None, "heart_condition": None},
                 {"heart_condition"},
                 NOT_YET_ELIGIBLE, ["nicotine_free"], ["age", "dyspnea", "heart"], NICOTINE_4_MONTHS_RECHECK,
                 id="not_yet+review+unknown+missing->not_yet_eligible"),
    pytest.param({"copd_diagnosis": None, "fev1_percent": 55, "bmi": None,
                  "cancer_history": True, "cancer_minor_skin": True, "cancer_years_ago": 2}, {"copd_diagnosis"},
                 NEEDS_REVIEW, [], ["copd", "fev1_range", "bmi", "cancer"], None,
                 id="unknown+review+missing+clinic->needs_review"),
    pytest.param({"mmrc_grade": None}, set(), NEEDS_REVIEW, [], ["dyspnea"], None,
                 id="missing-only->needs_review"),
    pytest.param({}, set(), LIKELY_ELIGIBLE, [], [], None, id="clinic-only->likely_eligible"),
]


@pytest.mark.parametrize("changes, unsure, outcome, unmet, review, recheck", PRECEDENCE)
def test_outcome_precedence(eligible_facts, changes, unsure, outcome, unmet, review, recheck):
    evaluation = evaluate(with_changes(eligible_facts, changes), TODAY, unsure=unsure)
    assert evaluation.outcome == outcome
    assert evaluation.unmet_criteria == unmet
    assert evaluation.review_criteria == review
    assert evaluation.recheck_after == recheck
    assert evaluation.definitely_failed is (outcome == NOT_ELIGIBLE)


def test_after_a_definite_failure_unasked_facts_are_not_listed_for_review(eligible_facts):
    patient_only = set(patient_facts()) - {"age"}
    unasked = with_changes(eligible_facts, {fact: None for fact in patient_only})

    failed = evaluate({**unasked, "age": 17}, TODAY)
    assert failed.outcome == NOT_ELIGIBLE
    assert failed.unmet_criteria == ["age"]
    assert failed.review_criteria == []
    assert MISSING in {r.status for r in failed.results}  # still reported per criterion

    # ... but unsure answers and review results still are
    failed_unsure = evaluate({**unasked, "age": 17}, TODAY, unsure={"heart_condition"})
    assert failed_unsure.review_criteria == ["heart"]

    # without the failure the same unasked facts are open questions for the study team
    open_questions = evaluate({**unasked, "age": 60}, TODAY)
    assert open_questions.outcome == NEEDS_REVIEW
    assert open_questions.review_criteria == [
        c.id for c in default_criteria().criteria if c.answered_by == "patient" and c.id != "age"]


# ---------------------------------------------------------------------------------------------
# Criteria are data: edit a copy of criteria.yml, no code change
# ---------------------------------------------------------------------------------------------
def _yaml_copy(tmp_path, edit) -> Path:
    data = yaml.safe_load(CRITERIA_FILE.read_text(encoding="utf-8"))
    edit(data)
    path = tmp_path / "criteria.yml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def _add_transplant_exclusion(data):
    data["criteria_version"] = "2099.1.1-test"
    data["criteria"].append({
        "id": "organ_transplant", "kind": "exclusion", "answered_by": "patient",
        "facts": ["organ_transplant"],
        "rule": {"op": "is_false", "fact": "organ_transplant"},
        "reasons": {"not_met": "People who had an organ transplant cannot take part.",
                    "unknown": "The study team will ask about transplants."}})


@pytest.mark.parametrize("value, unsure, status, outcome", [
    pytest.param(False, set(), MET, LIKELY_ELIGIBLE, id="no-transplant->likely_eligible"),
    pytest.param(True, set(), NOT_MET, NOT_ELIGIBLE, id="transplant->not_eligible"),
    pytest.param(None, set(), MISSING, NEEDS_REVIEW, id="not-asked->needs_review"),
    pytest.param(None, {"organ_transplant"}, UNKNOWN, NEEDS_REVIEW, id="unsure->needs_review"),
])
def test_a_new_exclusion_in_the_yaml_is_evaluated_without_code_change(
        tmp_path, eligible_facts, value, unsure, status, outcome):
    criteria = load_criteria(_yaml_copy(tmp_path, _add_transplant_exclusion))
    facts = with_changes(eligible_facts, {"organ_transplant": value})
    evaluation = evaluate(facts, TODAY, unsure=unsure, criteria=criteria)

    assert evaluation.criteria_version == "2099.1.1-test"
    assert evaluation.result("organ_transplant").status == status
    assert evaluation.outcome == outcome
    assert evaluation.unmet_criteria == (["organ_transplant"] if status == NOT_MET else [])
    assert evaluation.review_criteria == (["organ_transplant"] if status in (MISSING, UNKNOWN) else [])
    assert "organ_transplant" in patient_facts(criteria)
    # the shipped criteria are untouched
    assert "organ_transplant" not in [r.id for r in evaluate(facts, TODAY).results]


def test_a_threshold_change_in_the_yaml_needs_no_code_change(tmp_path, eligible_facts):
    def lower_age_limit(data):
        age = next(item for item in data["criteria"] if item["id"] == "age")
        age["rule"]["bands"][1]["up_to"] = 85

    criteria = load_criteria(_yaml_copy(tmp_path, lower_age_limit))
    facts = with_changes(eligible_facts, {"age": 88})
    assert evaluate(facts, TODAY, criteria=criteria).result("age").status == REVIEW
    assert evaluate(facts, TODAY).result("age").status == MET


@pytest.mark.parametrize("bad_rule", [
    pytest.param({"op": "no_such_operator", "fact": "age"}, id="top-level"),
    pytest.param({"op": "all_of", "rules": [{"op": "is_true", "fact": "copd_diagnosis"},
                                            {"op": "no_such_operator", "fact": "age"}]}, id="nested-in-all_of"),
])
def test_unknown_operator_in_the_yaml_raises_value_error(tmp_path, eligible_facts, bad_rule):
    def add_bad(data):
        data["criteria"].append({"id": "broken", "kind": "inclusion", "answered_by": "patient",
                                 "facts": ["age"], "rule": bad_rule, "reasons": {}})

    path = _yaml_copy(tmp_path, add_bad)
    with pytest.raises(ValueError, match="unknown operator"):
        evaluate(eligible_facts, TODAY, criteria=load_criteria(path))


def test_duplicate_criterion_ids_raise_value_error(tmp_path):
    def duplicate_age(data):
        data["criteria"].append(copy.deepcopy(data["criteria"][0]))

    with pytest.raises(ValueError, match="unique"):
        load_criteria(_yaml_copy(tmp_path, duplicate_age))
