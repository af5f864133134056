"""Validation of the screening form: reads each answer in the light of the question asked.

Rasa calls this after every answer while the form runs. It extracts every fact the answer states
(not only the one asked), records unsure answers, re-asks once with a hint before moving on,
refuses impossible values, saves facts as they arrive, and picks the next question itself, so a
definite failure ends the form early and facts already given are never asked again.
"""

from __future__ import annotations

import logging
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import services
from actions.slots import (
    ALL_FACTS, DIGRESSION_INTENTS, OPTIONAL_FACTS, engine_facts, is_change, known_facts, next_question)
from bot.dates import today
from bot.eligibility import default_criteria, evaluate
from bot.nlu.extract import MAX_TEXT, NO, UNSURE, YES, extract_facts

logger = logging.getLogger(__name__)
MAX_UNCLEAR = 2  # after this many unusable answers to one question, mark it unsure and move on
INVALID_RESPONSES = {"age", "height_cm", "weight_kg", "fev1_percent"}


def _slots_before_latest_message(tracker: Tracker) -> dict[str, Any]:
    """Slot values as they were before the latest user message (its entities fill slots too)."""
    values: dict[str, Any] = {}
    latest_user = max((i for i, e in enumerate(tracker.events) if e.get("event") == "user"), default=-1)
    for event in tracker.events[:max(latest_user, 0)]:
        if event.get("event") == "slot":
            values[event.get("name")] = event.get("value")
        elif event.get("event") == "restart":
            values.clear()
    return values


def _answered_after_bot_spoke(tracker: Tracker) -> bool:
    """True when the form resumes after a digression: the user's message was answered already."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return False
        if event.get("event") == "bot":
            return True
    return False


class ValidateScreeningForm(Action):
    def name(self) -> Text:
        return "validate_screening_form"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        slots = dict(tracker.current_slot_values())
        before = _slots_before_latest_message(tracker)
        requested = slots.get("requested_slot")
        message = tracker.latest_message or {}
        text = message.get("text") or ""
        intent = (message.get("intent") or {}).get("name")
        resumed = _answered_after_bot_spoke(tracker)
        unsure = set(slots.get("unsure_facts") or [])
        events: List[EventType] = []
        updates: dict[str, Any] = {}

        if not resumed and requested and not text.strip():
            dispatcher.utter_message(response="utter_empty_message")
            return [SlotSet("requested_slot", requested)]
        if not resumed and len(text) > MAX_TEXT:
            dispatcher.utter_message(response="utter_long_message")

        extraction = extract_facts(text, today(), requested, known_facts(slots))
        if requested == "privacy_ack" and not resumed:
            if extraction.polarity == YES:
                updates["privacy_ack"] = True
            elif extraction.polarity == NO:
                dispatcher.utter_message(response="utter_privacy_declined")
                return [SlotSet("privacy_ack", False), SlotSet("requested_slot", None)]

        changed_earlier_answer = False
        for name, value in extraction.facts.items():
            if name not in ALL_FACTS:
                continue
            if is_change(before.get(name), value) and name != requested:
                changed_earlier_answer = True
            if before.get(name) != value or slots.get(name) != value:
                updates[name] = value
            unsure.discard(name)
        if before.get("smoking_status") != "current" and updates.get("smoking_status") == "current":
            updates["months_since_nicotine"] = 0.0
        unsure |= {name for name in extraction.unsure if name not in updates}

        if (requested and not resumed and intent in DIGRESSION_INTENTS and not updates
                and not extraction.unsure and not extraction.invalid):
            # Not an answer: returning nothing lets Rasa reject the form for this turn, so the
            # rule for the question (or "stop", "why") runs and the form asks again afterwards.
            return []

        answered = requested in updates or requested in unsure
        if requested and not answered and not resumed:
            if requested in extraction.invalid and requested in INVALID_RESPONSES:
                dispatcher.utter_message(response=f"utter_invalid_{requested}")
            elif requested in OPTIONAL_FACTS:
                unsure.add(requested)  # optional: any answer without a value means "don't know"
            elif not updates:
                unclear = int(slots.get("unclear_answers") or 0) + 1
                if unclear >= MAX_UNCLEAR:
                    unsure.add(requested)
                    dispatcher.utter_message(response="utter_moving_on")
                    unclear = 0
                else:
                    dispatcher.utter_message(response="utter_not_understood")
                events.append(SlotSet("unclear_answers", float(unclear)))
        if requested in updates or requested in unsure:
            events.append(SlotSet("unclear_answers", 0.0))
        if changed_earlier_answer and not resumed:
            dispatcher.utter_message(response="utter_noted_change")

        slots.update(updates)
        events += [SlotSet(name, value) for name, value in updates.items()]
        events.append(SlotSet("unsure_facts", sorted(unsure)))

        if slots.get("privacy_ack"):
            fact_updates = {k: v for k, v in updates.items() if k in ALL_FACTS}
            if fact_updates:
                await self._save(dispatcher, tracker, fact_updates, text)
            evaluation = evaluate(engine_facts(slots), today(), unsure - OPTIONAL_FACTS)
            stop_early = evaluation.definitely_failed
        else:
            stop_early = False
        next_slot = None if stop_early else next_question(slots, unsure)
        events.append(SlotSet("requested_slot", next_slot))
        return events

    async def _save(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                    facts: dict[str, Any], source_text: str) -> None:
        channel = (tracker.get_latest_input_channel() or "rest")
        saved = await services.save_safely(
            "save_facts", lambda repo: repo.save_facts(
                tracker.sender_id, facts, source_text, channel=channel,
                criteria_version=default_criteria().version))
        if not saved:
            dispatcher.utter_message(response="utter_records_unavailable")
