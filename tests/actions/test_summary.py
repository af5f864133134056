"""action_ask_answers_confirmed: the summary of the answers before the outcome (actions/summary.py).

Rules under test: the summary names age, smoking, last nicotine, breathing, flare-ups, medicines,
conditions, height/weight/BMI in the person's terms, ends with "Is this right?", and is shown in
full only the first time and after a change. Today is 2026-11-25.
"""

from __future__ import annotations

import pytest

from actions.summary import ActionAskAnswersConfirmed, plain_number, summary_lines

from .conftest import make_tracker, run_action

ANSWERED = {
    "privacy_ack": True, "age": 67.0, "copd_diagnosis": True, "smoking_status": "former",
    "pack_years": 40.0, "months_since_nicotine": 136.84, "exacerbation_last_year": True,
    "exacerbation_months_ago": 8.38, "mmrc_grade": 3.0, "antibiotics_last_12_weeks": False,
    "steroids_last_12_weeks": False, "immunosuppressants": False, "heart_condition": False,
    "cancer_history": False, "autoimmune_disease": False, "height_cm": 172.7, "weight_kg": 77.1,
    "bmi": 25.9, "height_imperial": True, "pregnant_or_breastfeeding": False,
    "can_attend_site_visits": True, "unsure_facts": ["fev1_percent"],
}


async def ask(domain, slots):
    tracker = make_tracker(domain, slots=slots, text="I don't know", requested_slot="answers_confirmed")
    return await run_action(ActionAskAnswersConfirmed(), tracker, domain)


async def test_the_summary_lists_every_topic_then_asks_if_it_is_right(domain):
    result = await ask(domain, ANSWERED)
    assert result.responses == [
        "utter_summary_intro", "utter_summary_age", "utter_summary_copd_yes", "utter_summary_smoking_former",
        "utter_summary_nicotine_years", "utter_summary_breathing_3", "utter_summary_flare_ups_yes",
        "utter_summary_medicines_none", "utter_summary_conditions_none", "utter_summary_body_imperial",
        "utter_summary_pregnant_or_breastfeeding_no", "utter_summary_can_attend_site_visits_yes",
        "utter_ask_answers_confirmed"]
    assert result.message("utter_summary_age")["age"] == "67"
    assert result.message("utter_summary_smoking_former")["pack_years"] == "40"
    assert result.message("utter_summary_nicotine_years")["years"] == "11"
    assert result.message("utter_summary_flare_ups_yes")["month"] == "March 2026"
    body = result.message("utter_summary_body_imperial")
    assert (body["feet"], body["inches"], body["pounds"], body["bmi"]) == (5, 8, "170", "25.9")
    assert result.slot_sets == {"answers_summary_shown": True}


async def test_metric_answers_are_shown_in_metric(domain):
    result = await ask(domain, {**ANSWERED, "height_imperial": None, "height_cm": 172.0, "weight_kg": 78.0,
                                "bmi": 26.4})
    body = result.message("utter_summary_body_metric")
    assert (body["height_cm"], body["weight_kg"], body["bmi"]) == ("172", "78", "26.4")


async def test_yes_and_unsure_answers_are_listed_one_by_one(domain):
    slots = {**ANSWERED, "steroids_last_12_weeks": True, "steroids_weeks_ago": 4.0,
             "heart_condition": None, "unsure_facts": ["fev1_percent", "heart_condition"]}
    result = await ask(domain, slots)
    assert "utter_summary_medicines_none" not in result.responses
    assert "utter_summary_conditions_none" not in result.responses
    assert {"utter_summary_antibiotics_last_12_weeks_no", "utter_summary_steroids_last_12_weeks_yes_date",
            "utter_summary_immunosuppressants_no", "utter_summary_heart_condition_unsure",
            "utter_summary_cancer_history_no", "utter_summary_autoimmune_disease_no"} <= set(result.responses)
    assert result.message("utter_summary_steroids_last_12_weeks_yes_date")["date"] == "October 28, 2026"


async def test_a_recent_quit_is_shown_as_a_month(domain):
    result = await ask(domain, {**ANSWERED, "months_since_nicotine": 4.0})
    assert result.message("utter_summary_nicotine_month")["month"] == "July 2026"


async def test_a_known_fev1_is_shown_and_an_unknown_one_is_left_out(domain):
    assert "utter_summary_fev1_percent" not in (await ask(domain, ANSWERED)).responses
    result = await ask(domain, {**ANSWERED, "fev1_percent": 35.0, "unsure_facts": []})
    assert result.message("utter_summary_fev1_percent")["fev1"] == "35"


async def test_after_a_no_it_asks_what_to_change_instead(domain):
    result = await ask(domain, {**ANSWERED, "answers_summary_shown": True, "correction_requested": True})
    assert result.responses == ["utter_ask_correction"]
    assert result.events == []


async def test_an_unchanged_summary_is_not_shown_twice(domain):
    result = await ask(domain, {**ANSWERED, "answers_summary_shown": True})
    assert result.responses == ["utter_ask_answers_confirmed_again"]


@pytest.mark.parametrize("grade", [0, 1, 2, 3, 4])
def test_every_breathing_grade_has_a_line(grade, response_names):
    lines = summary_lines({**ANSWERED, "mmrc_grade": float(grade)})
    assert f"utter_summary_breathing_{grade}" in [name for name, _ in lines]
    assert {name for name, _ in lines} <= response_names


def test_every_line_the_summary_can_send_exists(response_names):
    unsure_all = {**{name: None for name in ANSWERED if name != "privacy_ack"},
                  "smoking_status": None,
                  "unsure_facts": ["age", "copd_diagnosis", "smoking_status", "months_since_nicotine",
                                   "mmrc_grade", "exacerbation_last_year", "antibiotics_last_12_weeks",
                                   "steroids_last_12_weeks", "immunosuppressants", "heart_condition",
                                   "cancer_history", "autoimmune_disease", "height_cm",
                                   "pregnant_or_breastfeeding", "can_attend_site_visits"]}
    yes_all = {**ANSWERED, "antibiotics_last_12_weeks": True, "steroids_last_12_weeks": True,
               "immunosuppressants": True, "heart_condition": True, "cancer_history": True,
               "autoimmune_disease": True, "pregnant_or_breastfeeding": True, "pack_years": None,
               "exacerbation_months_ago": None}
    no_all = {**ANSWERED, "exacerbation_last_year": False, "can_attend_site_visits": False,
              "heart_condition": True}
    names = {name for slots in (unsure_all, yes_all, no_all) for name, _ in summary_lines(slots)}
    assert names - response_names == set()


@pytest.mark.parametrize("value,places,shown", [(67.0, 0, "67"), (22.5, 1, "22.5"), (25.94, 1, "25.9"),
                                                (40.0, 1, "40")])
def test_numbers_are_shown_without_a_trailing_zero(value, places, shown):
    assert plain_number(value, places) == shown
