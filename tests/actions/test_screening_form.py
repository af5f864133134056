"""validate_screening_form: every answer read in the light of the question asked.

Rules under test: /work/shared/screening-contract.md ("Fact slots", "Starting a screening") and the
form's docstring (actions/screening_form.py). Each test drives the real action with a tracker the
way Rasa's FormAction calls it, and looks at the returned events and the responses dispatched.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from actions.screening_form import INVALID_RESPONSES, ValidateScreeningForm
from actions.slots import DIGRESSION_INTENTS, QUESTION_ORDER
from bot.eligibility import LIKELY_ELIGIBLE, NEEDS_REVIEW, NOT_ELIGIBLE, NOT_YET_ELIGIBLE

from .conftest import PROJECT_ROOT, Conversation, make_tracker, run_action

CONSENTED = {"privacy_ack": True}
# Every patient-answered fact of someone who meets the criteria, in the form's slots.
ELIGIBLE = {
    "privacy_ack": True, "age": 64.0, "copd_diagnosis": True, "smoking_status": "former",
    "pack_years": 30.0, "months_since_nicotine": 24.0, "exacerbation_last_year": True,
    "exacerbation_months_ago": 5.0, "mmrc_grade": 3.0, "antibiotics_last_12_weeks": False,
    "steroids_last_12_weeks": False, "immunosuppressants": False, "heart_condition": False,
    "cancer_history": False, "autoimmune_disease": False,
}


async def validate(domain, **tracker_args):
    return await run_action(ValidateScreeningForm(), make_tracker(domain, **tracker_args), domain)


def test_question_order_is_the_forms_required_slots(form_slots):
    # The action picks the next question itself; it must ask exactly the form's slots.
    assert list(QUESTION_ORDER) == form_slots


def test_every_form_slot_has_a_question(form_slots, response_names):
    assert [s for s in form_slots if f"utter_ask_{s}" not in response_names] == []


# --- consent ---------------------------------------------------------------------------------


async def test_activation_asks_for_consent_first(domain):
    result = await validate(domain, text="Can I join the study?", intent="start_screening",
                            requested_slot=None)
    assert result.requested_slot == "privacy_ack"
    assert result.responses == []


@pytest.mark.parametrize("text", ["Yes, I agree.", "yes", "ok"])
async def test_consent_yes_moves_on_to_the_first_health_question(domain, text):
    result = await validate(domain, text=text, intent="affirm", requested_slot="privacy_ack")
    assert result.slot_sets["privacy_ack"] is True
    assert result.requested_slot == "age"
    assert result.responses == []


@pytest.mark.parametrize("text", ["No, thank you.", "no"])
async def test_consent_no_ends_the_form_without_health_questions(domain, records, text):
    result = await validate(domain, text=text, intent="deny", requested_slot="privacy_ack")
    assert result.responses == ["utter_privacy_declined"]
    assert result.slot_sets["privacy_ack"] is False
    assert result.requested_slot is None
    assert records.get_screening("synthetic-person-1") is None


async def test_unsure_consent_does_not_start_the_health_questions(domain):
    result = await validate(domain, text="not sure", intent="unsure", requested_slot="privacy_ack")
    assert result.slot_sets.get("privacy_ack") is not True
    assert result.requested_slot in ("privacy_ack", None)
    assert "privacy_ack" not in result.slot_sets.get("unsure_facts", [])


async def test_unusable_answers_to_consent_never_skip_consent(domain):
    result = await validate(domain, slots={"unclear_answers": 1.0}, text="banana",
                            requested_slot="privacy_ack")
    assert result.requested_slot in ("privacy_ack", None)
    assert "utter_moving_on" not in result.responses


async def test_screening_again_after_declining_asks_for_consent_again(domain):
    result = await validate(domain, slots={"privacy_ack": False}, text="Can I join?",
                            intent="start_screening", requested_slot=None)
    assert result.requested_slot == "privacy_ack"


# --- short answers to each kind of question ----------------------------------------------------

SHORT_ANSWERS = [
    # asked, text, intent, slots already known, expected slot values
    ("age", "67", "inform", {}, {"age": 67.0}),
    ("copd_diagnosis", "yes", "affirm", {"age": 67.0}, {"copd_diagnosis": True}),
    ("smoking_status", "I quit in 2015", "inform", {"age": 67.0, "copd_diagnosis": True},
     {"smoking_status": "former"}),
    ("pack_years", "a pack a day for 30 years", "inform", {"smoking_status": "former"},
     {"pack_years": 30.0, "packs_per_day": 1.0, "smoking_years": 30.0}),
    ("months_since_nicotine", "2 years ago", "inform", {"smoking_status": "former"},
     {"months_since_nicotine": pytest.approx(24, abs=0.5)}),
    ("exacerbation_months_ago", "in March", "inform", {"exacerbation_last_year": True},
     {"exacerbation_months_ago": pytest.approx(8.4, abs=0.5)}),
    ("mmrc_grade", "3", "inform", {}, {"mmrc_grade": 3.0}),
    ("antibiotics_last_12_weeks", "no", "deny", {}, {"antibiotics_last_12_weeks": False}),
    ("heart_condition", "no", "deny", {}, {"heart_condition": False}),
    ("height_cm", "170 cm", "inform", {}, {"height_cm": 170.0}),
    ("pregnant_or_breastfeeding", "no", "deny", {}, {"pregnant_or_breastfeeding": False}),
    ("can_attend_site_visits", "yes", "affirm", {}, {"can_attend_site_visits": True}),
    ("fev1_percent", "35", "inform", {}, {"fev1_percent": 35.0}),
]


@pytest.mark.parametrize("asked,text,intent,known,expected", SHORT_ANSWERS,
                         ids=[f"{case[0]}:{case[1]}" for case in SHORT_ANSWERS])
async def test_a_short_answer_fills_the_question_asked(domain, asked, text, intent, known, expected):
    result = await validate(domain, slots={**CONSENTED, **known}, text=text, intent=intent,
                            requested_slot=asked)
    for name, value in expected.items():
        assert result.slot_sets[name] == value, name
    assert result.requested_slot not in (asked, None)
    assert result.slot_sets["unclear_answers"] == 0.0
    assert result.responses == []


async def test_height_then_weight_gives_the_bmi(domain):
    chat = Conversation(domain, slots={**ELIGIBLE})
    chat.slots["requested_slot"] = "height_cm"
    first = await chat.say("5 ft 8")
    assert first.slot_sets["height_cm"] == pytest.approx(172.7, abs=0.2)
    assert chat.requested_slot == "weight_kg"
    second = await chat.say("170 lbs")
    assert second.slot_sets["weight_kg"] == pytest.approx(77.1, abs=0.2)
    assert second.slot_sets["bmi"] == pytest.approx(25.9, abs=0.2)
    assert chat.requested_slot == "pregnant_or_breastfeeding"


# --- volunteered facts --------------------------------------------------------------------------


async def test_one_answer_fills_every_fact_it_states_and_they_are_not_asked_again(domain):
    chat = Conversation(domain, slots=CONSENTED)
    chat.slots["requested_slot"] = "age"
    result = await chat.say("I'm 67, I have emphysema and I quit smoking in 2015")
    assert result.slot_sets["age"] == 67.0
    assert result.slot_sets["copd_diagnosis"] is True
    assert result.slot_sets["smoking_status"] == "former"
    assert chat.requested_slot == "pack_years"  # age, COPD and smoking status are skipped
    await chat.say("a pack a day for 30 years")
    assert chat.slots["pack_years"] == 30.0
    assert chat.requested_slot not in ("age", "copd_diagnosis", "smoking_status", "pack_years")


async def test_volunteered_height_and_weight_skip_both_questions(domain):
    result = await validate(domain, slots=ELIGIBLE, text="I'm 5 ft 8 and weigh 170 lbs",
                            requested_slot="height_cm")
    assert result.slot_sets["height_cm"] == pytest.approx(172.7, abs=0.2)
    assert result.slot_sets["weight_kg"] == pytest.approx(77.1, abs=0.2)
    assert "bmi" in result.slot_sets
    assert result.requested_slot == "pregnant_or_breastfeeding"


async def test_facts_in_the_message_that_starts_the_screening_are_kept(domain):
    result = await validate(domain, text="I'm 67, can I join?", intent="start_screening",
                            requested_slot=None)
    assert result.slot_sets["age"] == 67.0
    assert result.requested_slot == "privacy_ack"


async def test_slot_already_filled_by_the_entity_mapping_still_counts_as_the_answer(domain):
    # Rasa's action_extract_slots may set the slot from the NLU entity before the form validates.
    tracker = make_tracker(domain, slots=CONSENTED, text="67", requested_slot="age")
    tracker.slots["age"] = 67.0
    tracker.events.insert(-2, {"event": "slot", "name": "age", "value": 67.0})
    result = await run_action(ValidateScreeningForm(), tracker, domain)
    assert result.slot_sets["age"] == 67.0
    assert result.requested_slot == "copd_diagnosis"
    assert result.responses == []


async def test_a_changed_earlier_answer_is_acknowledged(domain):
    result = await validate(domain, slots={**CONSENTED, "age": 67.0}, text="Actually I'm 68",
                            requested_slot="copd_diagnosis")
    assert result.slot_sets["age"] == 68.0
    assert result.responses == ["utter_noted_change"]
    assert result.requested_slot == "copd_diagnosis"


# --- definite failure ends the form -------------------------------------------------------------


async def test_a_current_smoker_ends_the_form(domain):
    result = await validate(domain, slots={**CONSENTED, "age": 67.0, "copd_diagnosis": True},
                            text="I still smoke", requested_slot="smoking_status")
    assert result.slot_sets["smoking_status"] == "current"
    assert result.slot_sets["months_since_nicotine"] == 0.0
    assert result.requested_slot is None


async def test_a_bmi_of_39_ends_the_form(domain):
    result = await validate(domain, slots={**ELIGIBLE, "height_cm": 170.0}, text="113 kg",
                            requested_slot="weight_kg")
    assert result.slot_sets["bmi"] == pytest.approx(39.1, abs=0.1)
    assert result.requested_slot is None


async def test_no_copd_diagnosis_ends_the_form(domain):
    result = await validate(domain, slots={**CONSENTED, "age": 67.0}, text="no", intent="deny",
                            requested_slot="copd_diagnosis")
    assert result.slot_sets["copd_diagnosis"] is False
    assert result.requested_slot is None


async def test_a_not_yet_criterion_does_not_end_the_form(domain):
    result = await validate(domain, slots={**CONSENTED, "age": 67.0, "copd_diagnosis": True,
                                           "smoking_status": "former", "pack_years": 30.0},
                            text="4 months ago", requested_slot="months_since_nicotine")
    assert result.slot_sets["months_since_nicotine"] == pytest.approx(4, abs=0.5)
    assert result.requested_slot == "exacerbation_last_year"


async def test_without_consent_a_failing_fact_does_not_end_the_form(domain):
    # Before consent nothing is judged: the form still asks for consent.
    result = await validate(domain, text="I'm 15, can I join?", intent="start_screening",
                            requested_slot=None)
    assert result.requested_slot == "privacy_ack"


# --- unsure and unusable answers -----------------------------------------------------------------


async def test_an_unsure_answer_is_recorded_and_the_form_moves_on(domain):
    result = await validate(domain, slots={**CONSENTED, "age": 67.0}, text="not sure",
                            intent="unsure", requested_slot="copd_diagnosis")
    assert result.slot_sets["unsure_facts"] == ["copd_diagnosis"]
    assert "copd_diagnosis" not in result.slot_sets
    assert result.requested_slot == "smoking_status"
    assert result.responses == []


async def test_a_dont_know_to_the_optional_fev1_question_is_fine(domain):
    result = await validate(domain, slots=ELIGIBLE, text="I don't know", intent="unsure",
                            requested_slot="fev1_percent")
    assert "fev1_percent" in result.slot_sets["unsure_facts"]
    assert result.responses == []


async def test_an_unusable_answer_is_asked_again_once_then_the_form_moves_on(domain):
    chat = Conversation(domain, slots={**CONSENTED, "age": 67.0})
    chat.slots["requested_slot"] = "copd_diagnosis"
    first = await chat.say("banana")
    assert first.responses == ["utter_not_understood"]
    assert chat.requested_slot == "copd_diagnosis"
    assert chat.slots["unclear_answers"] == 1.0
    second = await chat.say("purple")
    assert second.responses == ["utter_moving_on"]
    assert "copd_diagnosis" in chat.slots["unsure_facts"]
    assert chat.requested_slot == "smoking_status"
    assert chat.slots["unclear_answers"] == 0.0


async def test_the_unclear_count_starts_again_for_the_next_question(domain):
    chat = Conversation(domain, slots={**CONSENTED})
    chat.slots["requested_slot"] = "age"
    assert (await chat.say("banana")).responses == ["utter_not_understood"]
    await chat.say("67")
    assert chat.requested_slot == "copd_diagnosis"
    assert (await chat.say("banana")).responses == ["utter_not_understood"]


@pytest.mark.parametrize("text", ["I'm 400", "400"])
async def test_an_impossible_age_is_refused_and_asked_again(domain, text):
    result = await validate(domain, slots=CONSENTED, text=text, requested_slot="age")
    assert result.responses == ["utter_invalid_age"]
    assert "age" not in result.slot_sets
    assert result.requested_slot == "age"


def test_every_invalid_value_response_exists(response_names):
    assert {f"utter_invalid_{slot}" for slot in INVALID_RESPONSES} <= response_names


@pytest.mark.parametrize("text", ["", "   "])
async def test_an_empty_message_is_pointed_out(domain, text):
    result = await validate(domain, slots=CONSENTED, text=text, requested_slot="age")
    assert result.responses == ["utter_empty_message"]
    assert result.requested_slot == "age"
    assert "age" not in result.slot_sets


async def test_the_empty_message_notice_survives_rasas_form_validation(domain):
    result = await validate(domain, slots=CONSENTED, text="", requested_slot="age")
    assert not result.rejects_form


@pytest.mark.parametrize("text,response", [("banana", "utter_not_understood"),
                                           ("I'm 400", "utter_invalid_age")])
async def test_a_reply_to_an_unusable_answer_survives_rasas_form_validation(domain, text, response):
    result = await validate(domain, slots=CONSENTED, text=text, requested_slot="age")
    assert result.responses == [response]
    assert not result.rejects_form


async def test_a_very_long_message_is_read_in_part(domain):
    result = await validate(domain, slots=CONSENTED, text="I'm 67. " + "blah " * 1000,
                            requested_slot="age")
    assert result.responses[0] == "utter_long_message"
    assert result.slot_sets["age"] == 67.0


# --- digressions ---------------------------------------------------------------------------------

DIGRESSIONS = [
    ("ask_safety", "is it safe?"),
    ("ask_placebo", "is there a placebo?"),
    ("ask_location", "where is the study?"),
    ("why_ask", "why do you ask?"),
    ("stop", "stop"),
    ("emergency", "help, chest pain, call an ambulance"),
    ("bot_challenge", "am I talking to a bot?"),
]


@pytest.mark.parametrize("intent,text", DIGRESSIONS, ids=[d[0] for d in DIGRESSIONS])
async def test_a_digression_without_facts_is_rejected_so_its_rule_answers(domain, intent, text):
    assert intent in DIGRESSION_INTENTS
    result = await validate(domain, slots={**CONSENTED, "age": 67.0}, text=text, intent=intent,
                            requested_slot="copd_diagnosis")
    assert result.events == []
    assert result.rejects_form
    assert result.responses == []


@pytest.mark.parametrize("text", [
    "I can't breathe, my lips are blue",
    "yes I have COPD but right now I can't breathe and my lips are blue",
])
async def test_an_emergency_always_goes_to_the_emergency_rule(domain, text):
    result = await validate(domain, slots={**CONSENTED, "age": 67.0}, text=text,
                            intent="emergency", requested_slot="copd_diagnosis")
    assert result.events == []


async def test_i_cant_to_the_site_visit_question_is_a_no(domain):
    result = await validate(domain, slots=ELIGIBLE, text="I can't", intent="deny",
                            requested_slot="can_attend_site_visits")
    assert result.slot_sets.get("can_attend_site_visits") is False


async def test_a_digression_while_consent_is_asked_is_rejected_too(domain):
    result = await validate(domain, text="is it safe?", intent="ask_safety",
                            requested_slot="privacy_ack")
    assert result.events == []


async def test_after_a_digression_the_question_is_asked_again_without_not_understood(domain):
    chat = Conversation(domain, slots={**CONSENTED, "age": 67.0})
    chat.slots["requested_slot"] = "copd_diagnosis"
    rejected, resumed = await chat.digress("is it safe?", "ask_safety", "utter_safety")
    assert rejected.events == []
    assert resumed.responses == []
    assert resumed.requested_slot == "copd_diagnosis"
    assert resumed.slot_sets.get("unclear_answers", 0.0) == 0.0
    assert "copd_diagnosis" not in resumed.slot_sets.get("unsure_facts", [])
    # and the next real answer is read normally
    await chat.say("yes", "affirm")
    assert chat.slots["copd_diagnosis"] is True
    assert chat.requested_slot == "smoking_status"


async def test_resuming_after_a_digression_during_consent_re_asks_consent(domain):
    result = await validate(domain, text="is it safe?", intent="ask_safety",
                            requested_slot="privacy_ack", resumed_after="utter_safety")
    assert result.requested_slot == "privacy_ack"
    assert result.responses == []
    assert "privacy_ack" not in result.slot_sets


async def test_resuming_does_not_repeat_the_empty_message_notice(domain):
    result = await validate(domain, slots=CONSENTED, text="", requested_slot="age",
                            resumed_after="utter_why_ask")
    assert result.responses == []
    assert result.requested_slot == "age"


# --- records -------------------------------------------------------------------------------------


async def test_facts_are_saved_as_they_arrive_after_consent(domain, records):
    chat = Conversation(domain, sender_id="synthetic-person-7")
    await chat.say("Can I join?", "start_screening")
    await chat.say("Yes, I agree.", "affirm")
    assert records.get_screening("synthetic-person-7") is None  # consent alone is not a fact
    await chat.say("67")
    saved = records.get_screening("synthetic-person-7")
    assert saved["facts"]["age"] == {"value": 67.0, "source_text": "67"}
    assert saved["outcome"] is None
    await chat.say("yes, emphysema", "affirm")
    facts = records.get_screening("synthetic-person-7")["facts"]
    assert facts["copd_diagnosis"]["value"] is True
    assert facts["age"]["value"] == 67.0


async def test_nothing_is_saved_before_consent(domain, records):
    result = await validate(domain, text="I'm 67 and I have COPD, can I join?",
                            intent="start_screening", requested_slot=None,
                            sender_id="synthetic-person-8")
    assert result.slot_sets["age"] == 67.0
    assert records.get_screening("synthetic-person-8") is None


async def test_nothing_is_saved_after_declining(domain, records):
    chat = Conversation(domain, sender_id="synthetic-person-9")
    await chat.say("I'm 67, can I join?", "start_screening")
    await chat.say("No, thank you.", "deny")
    assert chat.requested_slot is None
    assert records.get_screening("synthetic-person-9") is None


async def test_facts_volunteered_before_consent_are_saved_once_consent_is_given(domain, records):
    chat = Conversation(domain, sender_id="synthetic-person-10")
    await chat.say("I'm 67, can I join?", "start_screening")
    await chat.say("Yes, I agree.", "affirm")
    saved = records.get_screening("synthetic-person-10")
    assert saved is not None and saved["facts"]["age"]["value"] == 67.0


@pytest.mark.usefixtures("records_outage")
async def test_a_records_outage_is_reported_and_the_conversation_goes_on(domain):
    result = await validate(domain, slots=CONSENTED, text="67", requested_slot="age")
    assert result.responses == ["utter_records_unavailable"]
    assert result.slot_sets["age"] == 67.0
    assert result.requested_slot == "copd_diagnosis"


@pytest.mark.usefixtures("records_outage")
async def test_an_outage_is_not_reported_when_nothing_is_saved(domain):
    result = await validate(domain, text="yes", intent="affirm", requested_slot="privacy_ack")
    assert result.responses == []
    assert result.requested_slot == "age"


# --- responses ----------------------------------------------------------------------------------


def test_every_response_named_in_the_actions_exists(response_names):
    """Literal names, and names built from a prefix (f"utter_outcome_{...}") for each known value."""
    names = set()
    for source in sorted((PROJECT_ROOT / "actions").glob("*.py")):
        names |= set(re.findall(r"""["'](utter_\w+)["']""", source.read_text(encoding="utf-8")))
    assert names, "no response names found in actions/"
    assert sorted(names - response_names) == []


def test_every_outcome_has_a_response(response_names):
    outcomes = {LIKELY_ELIGIBLE, NOT_ELIGIBLE, NOT_YET_ELIGIBLE, NEEDS_REVIEW}
    assert {f"utter_outcome_{outcome}" for outcome in outcomes} <= response_names


# --- the summary before the outcome (answers_confirmed) ------------------------------------------

# Every question answered; the form now asks if the summary is right.
ANSWERED = {**ELIGIBLE, "smoking_quit_months_ago": 136.84, "months_since_nicotine": 136.84,
            "height_cm": 172.0, "weight_kg": 78.0, "bmi": 26.4, "pregnant_or_breastfeeding": False,
            "can_attend_site_visits": True, "unsure_facts": ["fev1_percent"],
            "answers_summary_shown": True}


async def test_after_the_last_question_the_summary_is_asked(domain):
    slots = {**ANSWERED, "unsure_facts": [], "answers_summary_shown": None}
    result = await validate(domain, slots=slots, text="I don't know", intent="unsure",
                            requested_slot="fev1_percent")
    assert result.requested_slot == "answers_confirmed"


async def test_yes_to_the_summary_ends_the_form(domain):
    result = await validate(domain, slots=ANSWERED, text="Yes, that's all correct.", intent="affirm",
                            requested_slot="answers_confirmed")
    assert result.slot_sets["answers_confirmed"] is True
    assert result.requested_slot is None
    assert result.responses == []


async def test_no_to_the_summary_asks_what_to_change(domain):
    result = await validate(domain, slots=ANSWERED, text="No, something is wrong.", intent="deny",
                            requested_slot="answers_confirmed")
    assert result.slot_sets["correction_requested"] is True
    assert "answers_confirmed" not in result.slot_sets
    assert result.requested_slot == "answers_confirmed"
    assert not result.rejects_form


@pytest.mark.parametrize("text,changed", [
    ("actually I quit in 2016", {"smoking_quit_months_ago": pytest.approx(124.8, abs=0.5),
                                 "months_since_nicotine": pytest.approx(124.8, abs=0.5)}),
    ("I'm 68", {"age": 68.0}),
    ("my weight is 85 kg", {"weight_kg": 85.0, "bmi": pytest.approx(28.7, abs=0.2)}),
])
async def test_a_correction_at_the_summary_updates_the_facts_and_shows_the_summary_again(
        domain, records, text, changed):
    slots = {**ANSWERED, "correction_requested": True}
    result = await validate(domain, slots=slots, text=text, requested_slot="answers_confirmed")
    for name, value in changed.items():
        assert result.slot_sets[name] == value, name
    assert result.slot_sets["answers_summary_shown"] is False
    assert result.slot_sets["correction_requested"] is False
    assert result.responses == ["utter_noted_change"]
    assert result.requested_slot == "answers_confirmed"
    saved = records.get_screening("synthetic-person-1")["facts"]
    assert {name: saved[name]["value"] for name in changed} == changed


async def test_a_quit_date_correction_when_nicotine_was_later_keeps_the_later_nicotine(domain):
    slots = {**ANSWERED, "months_since_nicotine": 24.0}  # vaped until two years ago
    result = await validate(domain, slots=slots, text="actually I quit in 2016",
                            requested_slot="answers_confirmed")
    assert result.slot_sets["smoking_quit_months_ago"] == pytest.approx(124.8, abs=0.5)
    assert "months_since_nicotine" not in result.slot_sets


async def test_a_correction_that_fails_a_criterion_ends_the_form_without_the_summary(domain):
    result = await validate(domain, slots=ANSWERED, text="actually I still smoke",
                            requested_slot="answers_confirmed")
    assert result.slot_sets["smoking_status"] == "current"
    assert result.requested_slot is None


async def test_an_unclear_reply_to_what_should_change_says_so(domain):
    result = await validate(domain, slots={**ANSWERED, "correction_requested": True}, text="hmm",
                            requested_slot="answers_confirmed")
    assert result.responses == ["utter_correction_not_understood"]
    assert result.requested_slot == "answers_confirmed"
    assert not result.rejects_form


async def test_a_question_at_the_summary_is_answered_by_its_rule(domain):
    result = await validate(domain, slots=ANSWERED, text="why do you ask?", intent="why_ask",
                            requested_slot="answers_confirmed")
    assert result.rejects_form


async def test_a_change_after_the_outcome_asks_for_the_summary_again(domain):
    slots = {**ANSWERED, "answers_confirmed": True, "eligibility": "likely_eligible"}
    result = await validate(domain, slots=slots, text="actually I'm 68", requested_slot=None,
                            active_loop=None)
    assert result.slot_sets["age"] == 68.0
    assert result.slot_sets["answers_confirmed"] is None
    assert result.requested_slot == "answers_confirmed"


async def test_a_former_smoker_who_said_current_by_mistake_is_asked_about_nicotine_again(domain):
    slots = {**CONSENTED, "age": 67.0, "copd_diagnosis": True, "smoking_status": "current",
             "months_since_nicotine": 0.0}
    result = await validate(domain, slots=slots, text="sorry, I quit smoking in 2015", requested_slot=None,
                            active_loop=None)
    assert result.slot_sets["smoking_status"] == "former"
    assert result.slot_sets["months_since_nicotine"] is None
    assert result.requested_slot == "pack_years"
