"""Conversation control: stop, why, go back, start over, delete my data."""

from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import services
from actions.slots import (
    ALL_FACTS, CONFIRMATION_DEFAULTS, CONTACT_ORDER, DEPENDENT_FACTS, OUTCOME_SLOTS, QUESTION_ORDER,
    answered_questions)
from bot.records import ScreeningRepository


class ActionStopScreening(Action):
    """Stops the form but keeps every answer, so "check if I qualify" carries on later."""

    def name(self) -> Text:
        return "action_stop_screening"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        dispatcher.utter_message(response="utter_stopped")
        return [ActiveLoop(None), SlotSet("requested_slot", None)]


# "Why do you need my weight?" asked while another question is pending is about the weight.
WHY_TOPICS = (
    ("age", re.compile(r"\b(age|old)\b")),
    ("weight_kg", re.compile(r"\b(weight|weigh)\b")),
    ("height_cm", re.compile(r"\b(height|tall)\b")),
    ("pack_years", re.compile(r"\bhow (much|many|long) i smoked\b|\bpacks?\b")),
    ("smoking_status", re.compile(r"\bsmok")),
    ("months_since_nicotine", re.compile(r"\b(nicotine|vap|patch)")),
    ("heart_condition", re.compile(r"\bheart\b")),
    ("cancer_history", re.compile(r"\bcancer\b")),
    ("autoimmune_disease", re.compile(r"\b(autoimmune|arthritis|lupus)\b")),
    ("pregnant_or_breastfeeding", re.compile(r"\b(pregnan|breastfeed)")),
    ("immunosuppressants", re.compile(r"\bimmune\b")),
    ("antibiotics_last_12_weeks", re.compile(r"\bantibiotic")),
    ("steroids_last_12_weeks", re.compile(r"\b(steroid|prednisone)")),
    ("contact_phone", re.compile(r"\b(phone|number)\b")),
    ("contact_email", re.compile(r"\be-?mail\b")),
    ("contact_name", re.compile(r"\bname\b")),
)


def asked_about(text: str) -> Optional[str]:
    """The one question a "why" names, if it names exactly one."""
    named = [slot for slot, words in WHY_TOPICS if words.search(text.lower())]
    return named[0] if len(named) == 1 else None


class ActionExplainQuestion(Action):
    """Says why a question is asked: the one the person names, else the pending one.

    A question-specific answer when the domain has one, else the general one.
    """

    def name(self) -> Text:
        return "action_explain_question"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        text = (tracker.latest_message or {}).get("text") or ""
        topic = asked_about(text) or tracker.get_slot("requested_slot")
        specific = f"utter_why_{topic}"
        dispatcher.utter_message(response=specific if specific in domain.get("responses", {}) else "utter_why_ask")
        return []


def previous_question(slots: Dict[str, Any], loop: Optional[str]) -> Optional[str]:
    """The answered question just before the pending one (the last answered if none is pending).

    Each form asks its questions in a fixed order and skips answered ones, so the previous
    answered question in that order is the one the person answered last.
    """
    current = slots.get("requested_slot")
    if loop == "contact_form":
        skipped = set(slots.get("contact_skipped") or [])
        order = list(CONTACT_ORDER)
        answered = [name for name in order if slots.get(name) is not None or name in skipped]
    else:
        order = list(QUESTION_ORDER)
        answered = answered_questions(slots, set(slots.get("unsure_facts") or []))
    if current in order:
        answered = [name for name in answered if order.index(name) < order.index(current)]
    return answered[-1] if answered else None


class ActionGoBack(Action):
    """Clears the previous answer, so the form asks that question again."""

    def name(self) -> Text:
        return "action_go_back"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        slots = tracker.current_slot_values()
        loop = (tracker.active_loop or {}).get("name")
        previous = previous_question(slots, loop)
        if previous is None:
            dispatcher.utter_message(response="utter_go_back_first")
            return []
        if loop == "contact_form":
            skipped = set(slots.get("contact_skipped") or []) - {previous}
            dispatcher.utter_message(response="utter_going_back")
            return [SlotSet(previous, None), SlotSet("contact_skipped", sorted(skipped))]

        cleared = [previous, *DEPENDENT_FACTS.get(previous, ())]
        unsure = set(slots.get("unsure_facts") or []) - set(cleared)
        events: List[EventType] = [SlotSet(name, None) for name in cleared]
        events += [SlotSet("unsure_facts", sorted(unsure)), SlotSet("unclear_answers", 0.0)]
        events += [SlotSet(name, value) for name, value in CONFIRMATION_DEFAULTS.items()]
        if slots.get("privacy_ack"):
            saved = await services.save_safely("go_back", lambda repo: repo.save_facts(
                tracker.sender_id, {name: None for name in cleared}, None))
            if not saved:
                dispatcher.utter_message(response="utter_records_unavailable")
        dispatcher.utter_message(response="utter_going_back")
        return events


def _start_record_again(repo: ScreeningRepository, sender_id: str) -> None:
    """Deletes the stored answers and outcome; a callback request and agreed contact details stay."""
    record = repo.get_screening(sender_id)
    if record is None:
        return
    repo.delete_screening(sender_id)
    if record["contact_consent"]:
        repo.save_contact(sender_id, True, name=record["contact_name"], phone=record["contact_phone"],
                          email=record["contact_email"], preferred_time=record["preferred_time"])
    if record["callback_requested"]:
        repo.request_callback(sender_id)


class ActionStartOver(Action):
    """Clears every answer and the outcome, here and in the stored record; the form then starts again.

    The privacy OK and contact details the person agreed to share are not answers: they stay.
    """

    def name(self) -> Text:
        return "action_start_over"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        slots = tracker.current_slot_values()
        events: List[EventType] = [SlotSet(name, None) for name in (*ALL_FACTS, *OUTCOME_SLOTS)
                                   if slots.get(name) is not None]
        events += [SlotSet(name, value) for name, value in CONFIRMATION_DEFAULTS.items()]
        events += [SlotSet("unsure_facts", []), SlotSet("unclear_answers", 0.0),
                   SlotSet("contact_consent", None), SlotSet("contact_purpose", None),
                   SlotSet("contact_skipped", []), SlotSet("requested_slot", None)]
        saved = await services.save_safely("start_over", lambda repo: _start_record_again(repo, tracker.sender_id))
        if not saved:
            dispatcher.utter_message(response="utter_records_unavailable")
        dispatcher.utter_message(response="utter_start_over")
        return events


class ActionDeleteData(Action):
    """Deletes the stored screening (answers, results, contact details); the rule then restarts the chat."""

    def name(self) -> Text:
        return "action_delete_data"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        deleted = await services.save_safely(
            "delete_screening", lambda repo: repo.delete_screening(tracker.sender_id))
        dispatcher.utter_message(response="utter_data_deleted" if deleted else "utter_data_not_deleted")
        # The tracker store deletes the stored conversation itself when it sees this slot set.
        erase = [SlotSet("erase_conversation", True)] if deleted else []
        return [ActiveLoop(None), SlotSet("requested_slot", None)] + erase
