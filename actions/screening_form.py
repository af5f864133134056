"""Validation of the screening form: reads each answer in the light of the question asked.

Rasa calls this after every answer while the form runs. It extracts every fact the answer states
(not only the one asked), records unsure answers, re-asks once with a hint before moving on,
refuses impossible values, saves facts as they arrive, and picks the next question itself, so a
definite failure ends the form early and facts already given are never asked again.

The last question is the summary of the answers ("Is this right?", slot answers_confirmed): a yes
ends the form, a no asks what to change, and a correction in the person's own words updates the
facts and shows the summary again. Any later change of a fact asks for the summary again.
"""

from __future__ import annotations

import logging
import re
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import services
from actions.history import answered_after_bot_spoke, slots_before_latest_message
from actions.slots import (
    ALL_FACTS, CONFIRMATION_DEFAULTS, DIGRESSION_INTENTS, OPTIONAL_FACTS, engine_facts, is_change,
    known_facts, next_question, reconcile_nicotine)
from bot.dates import today
from bot.eligibility import default_criteria, evaluate
from bot.nlu.extract import MAX_TEXT, NO, YES, extract_facts

logger = logging.getLogger(__name__)
MAX_UNCLEAR = 2  # after this many unusable answers to one question, mark it unsure and move on
INVALID_RESPONSES = {"age", "height_cm", "weight_kg", "fev1_percent"}
CONFIRMATION = "answers_confirmed"
# "actually I quit in 2016": out of context the extractor does not know what was quit. After the
# questions, for someone who said they used to smoke, it can only be smoking.
QUIT_WORDS = re.compile(r"\b(quit|quitting|stopped|gave up|give up)\b", re.I)
QUIT_FACTS = ("smoking_status", "smoking_quit_months_ago")


def _source_texts(tracker: Tracker, names: set[str]) -> dict[str, str]:
    """For facts volunteered earlier, the user message whose entities carried each of them."""
    sources: dict[str, str] = {}
    for event in tracker.events:
        if event.get("event") != "user":
            continue
        for entity in (event.get("parse_data") or {}).get("entities") or []:
            if entity.get("entity") in names:
                sources[entity["entity"]] = event.get("text") or ""
    return sources


def read_correction(text: str, slots: dict):
    """The facts a message states when no question is pending (a correction after the questions).

    Adds "I quit in 2016" as the smoking quit date, only for someone who said they used to smoke.
    """
    extraction = extract_facts(text, today(), None, known_facts(slots))
    if extraction.facts or slots.get("smoking_status") != "former" or not QUIT_WORDS.search(text):
        return extraction
    as_smoking = extract_facts(text, today(), "smoking_status", known_facts(slots))
    if as_smoking.facts.get("smoking_status") != "former":
        return extraction
    extraction.facts.update({name: as_smoking.facts[name] for name in QUIT_FACTS
                             if name in as_smoking.facts})
    return extraction


class ValidateScreeningForm(Action):
    def name(self) -> Text:
        return "validate_screening_form"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        slots = dict(tracker.current_slot_values())
        requested = slots.get("requested_slot")
        message = tracker.latest_message or {}
        text = message.get("text") or ""
        intent = (message.get("intent") or {}).get("name")
        resumed = answered_after_bot_spoke(tracker)
        unclear = int(slots.get("unclear_answers") or 0)

        if not resumed and intent == "emergency":
            return []  # never read an emergency as an answer: the emergency rule must run
        if not resumed and requested and not text.strip():
            dispatcher.utter_message(response="utter_empty_message")
            # a slot event besides requested_slot keeps Rasa from rejecting the form (and the reply)
            return [SlotSet("unclear_answers", float(unclear)), SlotSet("requested_slot", requested)]
        if not resumed and len(text) > MAX_TEXT:
            dispatcher.utter_message(response="utter_long_message")
        asking_consent_again = requested is None and slots.get("privacy_ack") is False
        if asking_consent_again:
            slots["privacy_ack"] = None  # asked to be screened after declining: ask for consent again

        if requested in (None, CONFIRMATION):
            extraction = read_correction(text, slots)  # no question pending: any fact may be corrected
        else:
            extraction = extract_facts(text, today(), requested, known_facts(slots))
        if requested == "privacy_ack" and not resumed:
            if extraction.polarity == NO:
                dispatcher.utter_message(response="utter_privacy_declined")
                return [SlotSet("privacy_ack", False), SlotSet("requested_slot", None)]
            if extraction.polarity != YES and intent not in DIGRESSION_INTENTS:
                dispatcher.utter_message(response="utter_privacy_yes_or_no")
                return [SlotSet("privacy_ack", None), SlotSet("requested_slot", "privacy_ack")]

        updates, unsure, changed_earlier_answer = self._merge(tracker, slots, requested, extraction)
        if asking_consent_again:
            updates["privacy_ack"] = None
        if requested == "privacy_ack" and extraction.polarity == YES and not resumed:
            updates["privacy_ack"] = True
        if (requested and not resumed and intent in DIGRESSION_INTENTS and not updates
                and not extraction.unsure and not extraction.invalid):
            # Not an answer: returning nothing lets Rasa reject the form for this turn, so the
            # rule for the question (or "stop", "why") runs and the form asks again afterwards.
            return []

        fact_changed = any(name in ALL_FACTS for name in updates)
        if fact_changed:
            updates.update({name: value for name, value in CONFIRMATION_DEFAULTS.items()
                            if slots.get(name) not in (None, value)})
        elif requested == CONFIRMATION and not resumed:
            self._confirmation_answer(dispatcher, slots, extraction, updates)

        events: List[EventType] = []
        if requested == CONFIRMATION:
            pass  # a yes, a no or a correction: never "not understood, moving on"
        elif requested and not resumed and requested not in updates and requested not in unsure:
            unclear = self._not_answered(dispatcher, requested, extraction, updates, unsure, unclear)
        elif requested in updates or requested in unsure:
            unclear = 0
        if changed_earlier_answer and not resumed:
            dispatcher.utter_message(response="utter_noted_change")

        consent_given_now = updates.get("privacy_ack") is True
        slots.update(updates)
        events += [SlotSet(name, value) for name, value in updates.items()]
        events += [SlotSet("unsure_facts", sorted(unsure)), SlotSet("unclear_answers", float(unclear))]

        stop_early = False
        if slots.get("privacy_ack"):
            await self._save_new_facts(dispatcher, tracker, slots, updates, text, consent_given_now)
            stop_early = evaluate(engine_facts(slots), today(), unsure - OPTIONAL_FACTS).definitely_failed
        events.append(SlotSet("requested_slot", None if stop_early else next_question(slots, unsure)))
        return events

    @staticmethod
    def _confirmation_answer(dispatcher: CollectingDispatcher, slots: dict, extraction,
                             updates: dict) -> None:
        """A yes confirms the summary; a no asks what to change (the summary's ask action does)."""
        if extraction.polarity == YES:
            updates.update(answers_confirmed=True, correction_requested=False)
        elif extraction.polarity == NO:
            updates["correction_requested"] = True
        elif slots.get("correction_requested"):
            dispatcher.utter_message(response="utter_correction_not_understood")

    @staticmethod
    def _merge(tracker: Tracker, slots: dict, requested: str | None,
               extraction) -> tuple[dict[str, Any], set[str], bool]:
        """New fact values from this answer, the updated unsure set, and whether an earlier answer changed."""
        before = slots_before_latest_message(tracker)
        unsure = set(slots.get("unsure_facts") or [])
        updates: dict[str, Any] = {}
        changed = False
        for name, value in extraction.facts.items():
            if name not in ALL_FACTS:
                continue
            changed = changed or (is_change(before.get(name), value) and name != requested)
            if before.get(name) != value or slots.get(name) != value:
                updates[name] = value
            unsure.discard(name)
        if before.get("smoking_status") != "current" and updates.get("smoking_status") == "current":
            updates["months_since_nicotine"] = 0.0
        reconcile_nicotine(before, updates)
        unsure |= {name for name in extraction.unsure if name not in updates and name != "privacy_ack"}
        return updates, unsure, changed

    @staticmethod
    def _not_answered(dispatcher: CollectingDispatcher, requested: str, extraction, updates: dict,
                      unsure: set[str], unclear: int) -> int:
        """One rephrase request, then "not sure" and move on: never a loop. Returns the new count."""
        if requested in extraction.invalid and requested in INVALID_RESPONSES:
            dispatcher.utter_message(response=f"utter_invalid_{requested}")
            return unclear
        if requested in OPTIONAL_FACTS:
            unsure.add(requested)  # optional: any answer without a value means "don't know"
            return 0
        if updates:
            return unclear  # the answer said other things; the question is simply asked again
        if unclear + 1 >= MAX_UNCLEAR:
            unsure.add(requested)
            dispatcher.utter_message(response="utter_moving_on")
            return 0
        dispatcher.utter_message(response="utter_not_understood")
        return unclear + 1

    async def _save_new_facts(self, dispatcher: CollectingDispatcher, tracker: Tracker, slots: dict,
                              updates: dict, text: str, consent_given_now: bool) -> None:
        """Facts are stored as they arrive, once the person has agreed to storage."""
        fact_updates = {k: v for k, v in updates.items() if k in ALL_FACTS}
        if consent_given_now:
            earlier = {k: v for k, v in known_facts(slots).items() if k not in fact_updates}
            sources = _source_texts(tracker, set(earlier))
            for name, value in earlier.items():
                await self._save(dispatcher, tracker, {name: value}, sources.get(name))
        if fact_updates:
            await self._save(dispatcher, tracker, fact_updates, text)

    async def _save(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                    facts: dict[str, Any], source_text: str | None) -> None:
        channel = tracker.get_latest_input_channel() or "rest"
        saved = await services.save_safely(
            "save_facts", lambda repo: repo.save_facts(
                tracker.sender_id, facts, source_text, channel=channel,
                criteria_version=default_criteria().version))
        if not saved:
            dispatcher.utter_message(response="utter_records_unavailable")
