"""The contact form and keeping the details (actions/contact.py).

Rules under test: the offer fits the outcome (study team, reminder, future studies) or the request
for a person (call back); nothing is kept without a yes; a phone number or an email is needed, each
checked and asked again when wrong; a no or "stop" ends cleanly; the details are stored with
ScreeningRepository.save_contact (and a call back with request_callback).
"""

from __future__ import annotations

import pytest

from actions.contact import (
    ActionAskContactConsent, ActionSaveContact, ValidateContactForm, next_contact_question, parse_email,
    parse_name, parse_phone)

from .conftest import Conversation, make_tracker, run_action

CONTACT = "contact_form"
SENDER = "synthetic-person-30"
FINISHED = {"privacy_ack": True, "age": 67.0, "eligibility": "likely_eligible", "unmet_criteria": [],
            "review_criteria": []}


def contact_chat(domain, **slots) -> Conversation:
    return Conversation(domain, sender_id=SENDER, slots={**FINISHED, **slots},
                        action=ValidateContactForm(), form=CONTACT)


async def start(chat: Conversation, text: str = "Yes, that's all correct.", intent: str = "affirm"):
    """The form's activation: requested_slot is None for a form that was not active."""
    chat.slots["requested_slot"] = None
    return await chat.say(text, intent)


# --- parsing ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,number", [
    ("904-555-0123", "+19045550123"), ("(904) 555 0123", "+19045550123"), ("1 904 555 0123", "+19045550123"),
    ("my number is 904.555.0123", "+19045550123"), ("+44 7700 900123", "+447700900123"),
])
def test_phone_numbers_in_common_forms_are_read(text, number):
    assert parse_phone(text) == (number, True)


@pytest.mark.parametrize("text", ["555-0123", "123-456-7890", "904 555 01234 5", "call me on 0123"])
def test_impossible_phone_numbers_are_refused(text):
    assert parse_phone(text) == (None, True)


def test_text_without_a_number_did_not_try_to_give_one():
    assert parse_phone("weekday mornings") == (None, False)


@pytest.mark.parametrize("text,address", [
    ("jane.smith@example.com", "jane.smith@example.com"), ("it's Bob.Jones+copd@Example.org.", "bob.jones+copd@example.org"),
])
def test_email_addresses_are_read(text, address):
    assert parse_email(text) == (address, True)


@pytest.mark.parametrize("text", ["jane.smith@example", "jane@@example.com", "jane at example dot com",
                                  "jane..smith@example.com"])
def test_malformed_email_addresses_are_refused(text):
    assert parse_email(text) == (None, True)


@pytest.mark.parametrize("text,name", [("Jane Smith", "Jane Smith"), ("my name is jane smith", "Jane Smith"),
                                       ("call me Bill.", "Bill"), ("Mary-Ann O'Neil", "Mary-Ann O'Neil"),
                                       ("José García", "José García")])
def test_names_are_read_without_the_lead_in(text, name):
    assert parse_name(text) == name


@pytest.mark.parametrize("text", ["904-555-0123 is my number!!", "yes", "I want to know about side effects "
                                  "of the stem cells before I give you anything at all", "12345"])
def test_text_that_is_not_a_name_is_refused(text):
    assert parse_name(text) is None


def test_after_a_phone_number_no_email_is_asked_and_a_time_is():
    slots = {"contact_consent": True, "contact_name": "Jane", "contact_phone": "+19045550123"}
    assert next_contact_question(slots, set()) == "contact_preferred_time"
    assert next_contact_question({**slots, "contact_phone": None}, {"contact_phone"}) == "contact_email"


# --- the offer -------------------------------------------------------------------------------------

@pytest.mark.parametrize("eligibility,recheck,purpose", [
    ("likely_eligible", None, "study_team"), ("needs_review", None, "study_team"),
    ("not_yet_eligible", "2027-01-26", "reminder"), ("not_eligible", None, "future_studies"),
])
async def test_the_offer_fits_the_outcome(domain, eligibility, recheck, purpose):
    chat = contact_chat(domain, eligibility=eligibility, recheck_after=recheck)
    result = await start(chat)
    assert result.slot_sets["contact_purpose"] == purpose
    assert result.slot_sets["contact_consent"] is None
    assert chat.requested_slot == "contact_consent"
    tracker = make_tracker(domain, slots=chat.slots, requested_slot="contact_consent", active_loop=CONTACT)
    asked = await run_action(ActionAskContactConsent(), tracker, domain)
    assert asked.responses == [f"utter_offer_contact_{purpose}"]
    if recheck:
        assert asked.messages[0]["recheck_date"] == "January 26, 2027"


async def test_asking_for_a_person_offers_a_call_back(domain):
    chat = Conversation(domain, sender_id=SENDER, action=ValidateContactForm(), form=CONTACT)
    result = await start(chat, "can someone call me?", "talk_to_human")
    assert result.slot_sets["contact_purpose"] == "callback"
    assert chat.requested_slot == "contact_consent"


async def test_without_an_outcome_or_a_request_nothing_is_offered(domain, records):
    chat = Conversation(domain, sender_id=SENDER, slots={"privacy_ack": False},
                        action=ValidateContactForm(), form=CONTACT)
    await start(chat, "No, thank you.", "deny")
    assert chat.requested_slot is None
    saved = await run_action(ActionSaveContact(), make_tracker(domain, slots=chat.slots, active_loop=None,
                                                               sender_id=SENDER), domain)
    assert saved.messages == [] and saved.events == []
    assert records.get_screening(SENDER) is None


# --- answers ---------------------------------------------------------------------------------------

async def test_no_thank_you_ends_the_form_and_keeps_nothing(domain, records):
    records.save_facts(SENDER, {"age": 67.0}, "67")
    chat = contact_chat(domain)
    await start(chat)
    result = await chat.say("No, thank you.", "deny")
    assert result.slot_sets["contact_consent"] is False
    assert chat.requested_slot is None
    saved = await run_action(ActionSaveContact(), make_tracker(domain, slots=chat.slots, active_loop=None,
                                                               sender_id=SENDER), domain)
    assert saved.responses == ["utter_contact_declined_study_team"]
    record = records.get_screening(SENDER)
    assert record["contact_consent"] is False and record["contact_phone"] is None


async def test_stop_during_the_contact_questions_ends_them_as_a_no(domain):
    chat = contact_chat(domain)
    await start(chat)
    await chat.say("yes", "affirm")
    result = await chat.say("stop", "stop")
    assert result.slot_sets["contact_consent"] is False
    assert chat.requested_slot is None


async def test_name_phone_and_time_are_asked_and_kept(domain, records):
    chat = contact_chat(domain)
    await start(chat)
    await chat.say("Yes, please.", "affirm")
    assert chat.requested_slot == "contact_name"
    await chat.say("my name is Jane Smith")
    assert chat.requested_slot == "contact_phone"
    await chat.say("904-555-0123")
    assert chat.requested_slot == "contact_preferred_time"
    await chat.say("weekday mornings")
    assert chat.requested_slot is None
    assert (chat.slots["contact_name"], chat.slots["contact_phone"], chat.slots["contact_preferred_time"]) == (
        "Jane Smith", "+19045550123", "weekday mornings")
    saved = await run_action(ActionSaveContact(), make_tracker(domain, slots=chat.slots, active_loop=None,
                                                               sender_id=SENDER), domain)
    assert saved.responses == ["utter_contact_saved_study_team", "utter_contact_saved_phone"]
    record = records.get_screening(SENDER)
    assert (record["contact_consent"], record["contact_name"], record["contact_phone"], record["preferred_time"]) == (
        True, "Jane Smith", "+19045550123", "weekday mornings")
    assert record["callback_requested"] is False


async def test_an_invalid_email_is_asked_again_then_a_valid_one_is_kept(domain, records):
    chat = contact_chat(domain)
    await start(chat)
    await chat.say("yes", "affirm")
    await chat.say("skip")
    assert chat.requested_slot == "contact_phone"
    await chat.say("email me instead")
    assert chat.requested_slot == "contact_email"
    wrong = await chat.say("jane.smith@example")
    assert wrong.responses == ["utter_invalid_contact_email"]
    assert not wrong.rejects_form
    assert chat.requested_slot == "contact_email"
    await chat.say("jane.smith@example.com")
    assert chat.requested_slot is None
    assert chat.slots["contact_email"] == "jane.smith@example.com"
    assert chat.slots["contact_name"] is None
    saved = await run_action(ActionSaveContact(), make_tracker(domain, slots=chat.slots, active_loop=None,
                                                               sender_id=SENDER), domain)
    assert saved.responses == ["utter_contact_saved_study_team", "utter_contact_saved_email"]
    assert records.get_screening(SENDER)["contact_email"] == "jane.smith@example.com"


async def test_an_invalid_phone_number_is_asked_again(domain):
    chat = contact_chat(domain, contact_consent=True, contact_name="Jane")
    chat.slots["requested_slot"] = "contact_phone"
    wrong = await chat.say("555-0123")
    assert wrong.responses == ["utter_invalid_contact_phone"]
    assert chat.requested_slot == "contact_phone"
    assert "contact_phone" not in wrong.slot_sets


async def test_neither_phone_nor_email_keeps_nothing(domain):
    chat = contact_chat(domain, contact_consent=True, contact_name="Jane")
    chat.slots["requested_slot"] = "contact_phone"
    await chat.say("no phone")
    result = await chat.say("no email either", "deny")
    assert "utter_contact_no_way_to_reach" in result.responses
    assert chat.slots["contact_consent"] is False
    assert chat.requested_slot is None


async def test_a_question_about_the_study_is_left_to_its_rule(domain):
    chat = contact_chat(domain)
    await start(chat)
    rejected, resumed = await chat.digress("is it safe?", "ask_safety", "utter_safety")
    assert rejected.rejects_form
    assert resumed.requested_slot == "contact_consent"
    assert resumed.responses == []


async def test_a_correction_of_a_fact_is_left_to_the_screening_form(domain):
    chat = contact_chat(domain, smoking_status="former", smoking_quit_months_ago=136.84)
    await start(chat)
    result = await chat.say("actually I quit in 2016")
    assert result.rejects_form


async def test_entities_in_a_contact_answer_do_not_change_the_facts(domain):
    tracker = make_tracker(domain, slots={**FINISHED, "contact_consent": True, "contact_name": "Jane",
                                          "contact_phone": "+19045550123"},
                           text="any time after 68", requested_slot="contact_preferred_time", active_loop=CONTACT)
    tracker.slots["age"] = 68.0  # what the entity mapping would set from "68"
    result = await run_action(ValidateContactForm(), tracker, domain)
    assert result.slot_sets["age"] == 67.0


async def test_asking_for_a_person_during_another_offer_switches_to_a_call_back(domain):
    chat = contact_chat(domain)
    await start(chat)
    result = await chat.say("can I talk to a real person?", "talk_to_human")
    assert result.slot_sets["contact_purpose"] == "callback"
    assert chat.requested_slot == "contact_consent"


async def test_a_call_back_is_requested_and_the_screening_can_carry_on(domain, records):
    slots = {"privacy_ack": True, "age": 67.0, "contact_purpose": "callback", "contact_consent": True,
             "contact_name": "Bill Jones", "contact_phone": "+19045550123"}
    saved = await run_action(ActionSaveContact(), make_tracker(domain, slots=slots, active_loop=None,
                                                               sender_id=SENDER), domain)
    assert saved.responses == ["utter_contact_saved_callback", "utter_contact_saved_phone", "utter_resume_hint"]
    record = records.get_screening(SENDER)
    assert record["callback_requested"] is True and record["contact_phone"] == "+19045550123"


async def test_a_declined_reminder_still_gives_the_recheck_date(domain):
    slots = {**FINISHED, "eligibility": "not_yet_eligible", "recheck_after": "2027-01-26",
             "contact_purpose": "reminder", "contact_consent": False}
    saved = await run_action(ActionSaveContact(), make_tracker(domain, slots=slots, active_loop=None,
                                                               sender_id=SENDER), domain)
    assert saved.responses == ["utter_contact_declined_reminder"]
    assert saved.messages[0]["recheck_date"] == "January 26, 2027"


@pytest.mark.usefixtures("records_outage")
async def test_a_records_outage_is_reported_not_hidden(domain):
    slots = {**FINISHED, "contact_purpose": "study_team", "contact_consent": True, "contact_email": "a@example.com"}
    saved = await run_action(ActionSaveContact(), make_tracker(domain, slots=slots, active_loop=None,
                                                               sender_id=SENDER), domain)
    assert saved.responses == ["utter_records_unavailable"]


@pytest.mark.parametrize("intent", ["deny", "ask_medical_advice"])
async def test_skip_skips_the_name_whatever_intent_it_was_read_as(domain, intent):
    chat = contact_chat(domain, contact_consent=True)
    chat.slots["requested_slot"] = "contact_name"
    result = await chat.say("skip", intent)
    assert result.slot_sets["contact_skipped"] == ["contact_name"]
    assert chat.requested_slot == "contact_phone"


@pytest.mark.parametrize("text,intent", [("any time", "out_of_scope"), ("after 3 pm", "ask_timeline"),
                                         ("weekday mornings", "inform")])
async def test_a_time_to_call_is_kept_as_said(domain, text, intent):
    chat = contact_chat(domain, contact_consent=True, contact_name="Jane", contact_phone="+19045550123")
    chat.slots["requested_slot"] = "contact_preferred_time"
    await chat.say(text, intent)
    assert chat.slots["contact_preferred_time"] == text
    assert chat.requested_slot is None


async def test_a_question_instead_of_a_time_is_left_to_its_rule(domain):
    chat = contact_chat(domain, contact_consent=True, contact_name="Jane", contact_phone="+19045550123")
    chat.slots["requested_slot"] = "contact_preferred_time"
    result = await chat.say("is the study safe?", "ask_safety")
    assert result.rejects_form
