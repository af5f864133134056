"""A new session (the first message, or a return after session_expiration_time): keep the answers
and offer to carry on where the person left off."""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, EventType, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.slots import answered_questions

# Per-turn working state: a new session starts it afresh (and shows the summary again).
NOT_CARRIED_OVER = frozenset({"requested_slot", "unclear_answers", "correction_requested",
                              "answers_summary_shown", "contact_skipped", "session_started_metadata"})


class ActionSessionStart(Action):
    def name(self) -> Text:
        return "action_session_start"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        slots = tracker.current_slot_values()
        carried = [SlotSet(name, value) for name, value in slots.items()
                   if value is not None and name not in NOT_CARRIED_OVER]
        answered = answered_questions(slots, set(slots.get("unsure_facts") or []))
        if slots.get("privacy_ack") and answered and slots.get("eligibility") is None:
            dispatcher.utter_message(response="utter_welcome_back", answered=len(answered))
        return [SessionStarted(), *carried, ActionExecuted("action_listen")]
