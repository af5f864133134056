"""Conversation control (actions/control.py): stop, why, go back, start over, delete my data."""

from __future__ import annotations

import copy

import pytest

from actions.control import (
    ActionDeleteData, ActionExplainQuestion, ActionGoBack, ActionStartOver, ActionStopScreening,
    asked_about, previous_question)

from .conftest import make_tracker, run_action


async def test_stop_ends_the_form_and_keeps_the_answers(domain):
    tracker = make_tracker(domain, slots={"privacy_ack": True, "age": 67.0}, text="stop",
                           intent="stop", requested_slot="copd_diagnosis")
    result = await run_action(ActionStopScreening(), tracker, domain)
    assert result.responses == ["utter_stopped"]
    assert {"event": "active_loop", "name": None, "timestamp": None} in result.events
    assert result.slot_sets == {"requested_slot": None}  # no answer is cleared


@pytest.mark.parametrize("requested", ["age", "mmrc_grade", "privacy_ack", None])
async def test_why_ask_explains_the_pending_question(domain, requested):
    tracker = make_tracker(domain, slots={"privacy_ack": True}, text="why do you ask?",
                           intent="why_ask", requested_slot=requested)
    result = await run_action(ActionExplainQuestion(), tracker, domain)
    expected = f"utter_why_{requested}"
    assert result.responses == [expected if expected in domain["responses"] else "utter_why_ask"]
    assert result.events == []  # the form asks its question again afterwards


async def test_why_ask_uses_a_question_specific_answer_when_the_domain_has_one(domain):
    extended = copy.deepcopy(domain)
    extended["responses"]["utter_why_pack_years"] = [{"text": "Smoking history matters here."}]
    tracker = make_tracker(extended, text="why?", intent="why_ask", requested_slot="pack_years")
    result = await run_action(ActionExplainQuestion(), tracker, extended)
    assert result.responses == ["utter_why_pack_years"]


# --- go back -------------------------------------------------------------------------------------

async def test_go_back_clears_the_previous_answer_so_the_form_asks_it_again(domain, records):
    records.save_facts("synthetic-person-1", {"age": 67.0, "copd_diagnosis": True}, "67, COPD")
    slots = {"privacy_ack": True, "age": 67.0, "copd_diagnosis": True}
    tracker = make_tracker(domain, slots=slots, text="go back", intent="go_back", requested_slot="smoking_status",
                           resumed_after=None)
    result = await run_action(ActionGoBack(), tracker, domain)
    assert result.responses == ["utter_going_back"]
    assert result.slot_sets["copd_diagnosis"] is None
    assert "age" not in result.slot_sets
    assert set(records.get_screening("synthetic-person-1")["facts"]) == {"age"}


async def test_go_back_clears_the_facts_the_same_answer_gave(domain):
    slots = {"privacy_ack": True, "age": 67.0, "copd_diagnosis": True, "smoking_status": "former",
             "pack_years": 30.0, "packs_per_day": 1.0, "smoking_years": 30.0}
    tracker = make_tracker(domain, slots=slots, text="undo", intent="go_back",
                           requested_slot="months_since_nicotine")
    result = await run_action(ActionGoBack(), tracker, domain)
    assert {name: result.slot_sets.get(name, "kept") for name in
            ("pack_years", "packs_per_day", "smoking_years", "smoking_status")} == {
        "pack_years": None, "packs_per_day": None, "smoking_years": None, "smoking_status": "kept"}


async def test_go_back_from_the_summary_reopens_the_last_question_even_a_not_sure(domain):
    slots = {"privacy_ack": True, "age": 67.0, "can_attend_site_visits": True, "unsure_facts": ["fev1_percent"],
             "answers_summary_shown": True}
    tracker = make_tracker(domain, slots=slots, text="go back", intent="go_back", requested_slot="answers_confirmed")
    result = await run_action(ActionGoBack(), tracker, domain)
    assert result.slot_sets["fev1_percent"] is None
    assert result.slot_sets["unsure_facts"] == []
    assert result.slot_sets["answers_summary_shown"] is False


async def test_go_back_at_the_first_question_says_there_is_nothing_to_go_back_to(domain):
    tracker = make_tracker(domain, slots={"privacy_ack": True}, text="go back", intent="go_back",
                           requested_slot="age")
    result = await run_action(ActionGoBack(), tracker, domain)
    assert result.responses == ["utter_go_back_first"]
    assert result.events == []


def test_the_previous_contact_question_counts_skipped_ones():
    slots = {"contact_consent": True, "contact_name": None, "contact_skipped": ["contact_name"],
             "requested_slot": "contact_phone"}
    assert previous_question(slots, "contact_form") == "contact_name"


async def test_go_back_in_the_contact_questions_asks_the_previous_one_again(domain):
    slots = {"contact_consent": True, "contact_name": "Jane", "contact_skipped": []}
    tracker = make_tracker(domain, slots=slots, text="go back", intent="go_back", requested_slot="contact_phone",
                           active_loop="contact_form")
    result = await run_action(ActionGoBack(), tracker, domain)
    assert result.slot_sets["contact_name"] is None


# --- start over ----------------------------------------------------------------------------------

async def test_start_over_clears_the_answers_and_the_stored_facts_and_keeps_consent(domain, records):
    sender = "synthetic-person-40"
    records.save_facts(sender, {"age": 67.0}, "67")
    records.finish_screening(sender, "likely_eligible", None, [], {"age": 67.0}, "v1")
    records.save_contact(sender, True, name="Jane", phone="+19045550123")
    records.request_callback(sender)
    slots = {"privacy_ack": True, "age": 67.0, "eligibility": "likely_eligible", "answers_confirmed": True,
             "unsure_facts": ["fev1_percent"], "contact_consent": True, "contact_phone": "+19045550123"}
    tracker = make_tracker(domain, slots=slots, text="start over", intent="start_over", requested_slot=None,
                           active_loop=None, sender_id=sender)
    result = await run_action(ActionStartOver(), tracker, domain)
    assert result.responses == ["utter_start_over"]
    assert result.slot_sets["age"] is None and result.slot_sets["eligibility"] is None
    assert result.slot_sets["answers_confirmed"] is None and result.slot_sets["unsure_facts"] == []
    assert result.slot_sets["contact_consent"] is None
    assert "privacy_ack" not in result.slot_sets and "contact_phone" not in result.slot_sets
    record = records.get_screening(sender)
    assert record["facts"] == {} and record["outcome"] is None and record["results"] == []
    assert record["callback_requested"] is True and record["contact_phone"] == "+19045550123"


async def test_start_over_with_nothing_stored_stores_nothing(domain, records):
    tracker = make_tracker(domain, text="start over", intent="start_over", active_loop=None,
                           sender_id="synthetic-person-41")
    result = await run_action(ActionStartOver(), tracker, domain)
    assert result.responses == ["utter_start_over"]
    assert records.get_screening("synthetic-person-41") is None


# --- delete my data ------------------------------------------------------------------------------

async def test_delete_my_data_deletes_the_record_and_ends_any_form(domain, records):
    sender = "synthetic-person-42"
    records.save_facts(sender, {"age": 67.0}, "67")
    records.save_contact(sender, True, email="a@example.com")
    tracker = make_tracker(domain, slots={"privacy_ack": True, "age": 67.0}, text="delete my data",
                           intent="delete_data", requested_slot="copd_diagnosis", sender_id=sender)
    result = await run_action(ActionDeleteData(), tracker, domain)
    assert result.responses == ["utter_data_deleted"]
    assert {"event": "active_loop", "name": None, "timestamp": None} in result.events
    assert records.get_screening(sender) is None


@pytest.mark.usefixtures("records_outage")
async def test_a_failed_deletion_is_not_reported_as_done(domain):
    tracker = make_tracker(domain, text="delete my data", intent="delete_data", active_loop=None)
    result = await run_action(ActionDeleteData(), tracker, domain)
    assert result.responses == ["utter_data_not_deleted"]


@pytest.mark.parametrize("text,topic", [
    ("why do you need my age?", "age"), ("why do you want my weight", "weight_kg"),
    ("why ask about smoking", "smoking_status"), ("why do you care if i had cancer", "cancer_history"),
    ("why do they need to know if i'm pregnant", "pregnant_or_breastfeeding"),
    ("why do you need my phone number?", "contact_phone"),
])
async def test_a_why_that_names_a_question_is_answered_for_that_question(domain, text, topic):
    tracker = make_tracker(domain, slots={"privacy_ack": True}, text=text, intent="why_ask",
                           requested_slot="copd_diagnosis")
    result = await run_action(ActionExplainQuestion(), tracker, domain)
    assert result.responses == [f"utter_why_{topic}"]


def test_a_why_that_names_two_questions_or_none_is_about_the_pending_one():
    assert asked_about("why do you need my height and weight?") is None
    assert asked_about("why does that matter?") is None
