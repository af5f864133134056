"""action_screening_outcome: judge the facts, tell the person, keep the record.

Rules under test: /work/shared/screening-contract.md ("Outcome slots") and
/work/shared/trial-reference.md ("Outcomes", "Timing rules that interact"). Today is 2026-11-25.
"""

from __future__ import annotations

from datetime import date

import pytest

from actions.outcome import ActionScreeningOutcome

from .conftest import make_tracker, run_action

ELIGIBLE = {
    "privacy_ack": True, "age": 64.0, "copd_diagnosis": True, "smoking_status": "former",
    "pack_years": 30.0, "months_since_nicotine": 24.0, "exacerbation_last_year": True,
    "exacerbation_months_ago": 5.0, "mmrc_grade": 3.0, "antibiotics_last_12_weeks": False,
    "steroids_last_12_weeks": False, "immunosuppressants": False, "heart_condition": False,
    "cancer_history": False, "autoimmune_disease": False, "height_cm": 170.0, "weight_kg": 70.0,
    "bmi": 24.2, "pregnant_or_breastfeeding": False, "can_attend_site_visits": True,
    "unsure_facts": ["fev1_percent"],  # "I don't know" to the optional question
}
SENDER = "synthetic-person-20"


async def outcome(domain, slots):
    tracker = make_tracker(domain, slots=slots, text="yes", intent="affirm", active_loop=None,
                           sender_id=SENDER)
    return await run_action(ActionScreeningOutcome(), tracker, domain)


async def test_likely_eligible(domain, records):
    result = await outcome(domain, ELIGIBLE)
    assert result.slot_sets == {"eligibility": "likely_eligible", "unmet_criteria": [],
                                "review_criteria": [], "recheck_after": None}
    assert result.responses == [
        "utter_outcome_likely_eligible", "utter_next_steps_clinic", "utter_further_criteria"]
    saved = records.get_screening(SENDER)
    assert saved["outcome"] == "likely_eligible"
    assert saved["finished_at"] is not None
    assert saved["facts"]["age"]["value"] == 64.0
    assert {r["id"]: r["status"] for r in saved["results"]}["age"] == "met"


async def test_not_eligible_tells_why_and_points_elsewhere(domain, records):
    result = await outcome(domain, {**ELIGIBLE, "smoking_status": "current",
                                    "months_since_nicotine": 0.0})
    assert result.slot_sets["eligibility"] == "not_eligible"
    assert set(result.slot_sets["unmet_criteria"]) == {"smoking_history", "nicotine_free"}
    assert result.slot_sets["recheck_after"] is None
    assert result.responses[0] == "utter_outcome_not_eligible"
    assert result.responses[1] == "utter_reasons_intro"
    assert "utter_reason" in result.responses
    assert result.responses[-1] == "utter_not_eligible_next"
    assert "utter_next_steps_clinic" not in result.responses
    assert "utter_recheck_date" not in result.responses
    reasons = [m["reason"] for m in result.messages if m["response"] == "utter_reason"]
    assert all(reasons) and len(reasons) == len(set(reasons))
    assert records.get_screening(SENDER)["outcome"] == "not_eligible"


async def test_not_yet_eligible_after_recent_antibiotics_gives_a_recheck_date(domain, records):
    # antibiotics 4 weeks ago: last dose 2026-10-28, + 12 weeks = 2027-01-20
    result = await outcome(domain, {**ELIGIBLE, "antibiotics_last_12_weeks": True,
                                    "antibiotics_weeks_ago": 4.0})
    assert result.slot_sets == {"eligibility": "not_yet_eligible",
                                "unmet_criteria": ["recent_infection"], "review_criteria": [],
                                "recheck_after": "2027-01-20"}
    assert result.responses == [
        "utter_outcome_not_yet_eligible", "utter_reasons_intro", "utter_reason",
        "utter_recheck_date", "utter_next_steps_clinic", "utter_further_criteria"]
    assert result.message("utter_recheck_date")["recheck_date"] == "January 20, 2027"
    saved = records.get_screening(SENDER)
    assert saved["outcome"] == "not_yet_eligible"
    assert saved["recheck_after"] == date(2027, 1, 20)


async def test_not_yet_eligible_after_quitting_nicotine_4_months_ago(domain):
    # 4 average months = 122 days -> last use 2026-07-26 -> + 6 calendar months = 2027-01-26
    result = await outcome(domain, {**ELIGIBLE, "months_since_nicotine": 4.0})
    assert result.slot_sets["eligibility"] == "not_yet_eligible"
    assert result.slot_sets["unmet_criteria"] == ["nicotine_free"]
    assert result.slot_sets["recheck_after"] == "2027-01-26"
    assert result.message("utter_recheck_date")["recheck_date"] == "January 26, 2027"


async def test_needs_review_for_an_unsure_answer(domain, records):
    slots = {**ELIGIBLE, "heart_condition": None,
             "unsure_facts": ["fev1_percent", "heart_condition"]}
    result = await outcome(domain, slots)
    assert result.slot_sets["eligibility"] == "needs_review"
    assert result.slot_sets["unmet_criteria"] == []
    assert result.slot_sets["review_criteria"] == ["heart"]
    assert result.slot_sets["recheck_after"] is None
    assert result.responses == [
        "utter_outcome_needs_review", "utter_review_intro", "utter_reason",
        "utter_next_steps_clinic", "utter_further_criteria"]
    assert records.get_screening(SENDER)["outcome"] == "needs_review"


async def test_needs_review_for_an_age_over_90(domain):
    result = await outcome(domain, {**ELIGIBLE, "age": 93.0})
    assert result.slot_sets["eligibility"] == "needs_review"
    assert result.slot_sets["review_criteria"] == ["age"]


async def test_not_eligible_wins_over_not_yet(domain):
    result = await outcome(domain, {**ELIGIBLE, "months_since_nicotine": 4.0, "bmi": 39.1})
    assert result.slot_sets["eligibility"] == "not_eligible"
    assert set(result.slot_sets["unmet_criteria"]) == {"nicotine_free", "bmi"}
    assert result.slot_sets["recheck_after"] is None


async def test_bool_slots_sent_as_text_are_read_as_bools(domain):
    result = await outcome(domain, {**ELIGIBLE, "copd_diagnosis": "true",
                                    "heart_condition": "false"})
    assert result.slot_sets["eligibility"] == "likely_eligible"


@pytest.mark.parametrize("privacy_ack", [None, False])
async def test_without_consent_the_outcome_action_does_nothing(domain, records, privacy_ack):
    result = await outcome(domain, {**ELIGIBLE, "privacy_ack": privacy_ack})
    assert result.events == []
    assert result.messages == []
    assert records.get_screening(SENDER) is None


@pytest.mark.usefixtures("records_outage")
async def test_a_records_outage_is_reported_and_the_outcome_still_given(domain):
    result = await outcome(domain, ELIGIBLE)
    assert result.responses[0] == "utter_outcome_likely_eligible"
    assert result.responses[-1] == "utter_records_unavailable"
    assert result.slot_sets["eligibility"] == "likely_eligible"


async def test_a_second_outcome_replaces_the_first_record(domain, records):
    await outcome(domain, {**ELIGIBLE, "months_since_nicotine": 4.0})
    await outcome(domain, ELIGIBLE)
    saved = records.get_screening(SENDER)
    assert saved["outcome"] == "likely_eligible"
    assert saved["recheck_after"] is None
