"""Conversation control: stopping the questions and explaining why a question is asked."""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher


class ActionStopScreening(Action):
    """Stops the form but keeps every answer, so "check if I qualify" carries on later."""

    def name(self) -> Text:
        return "action_stop_screening"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        dispatcher.utter_message(response="utter_stopped")
        return [ActiveLoop(None), SlotSet("requested_slot", None)]


class ActionExplainQuestion(Action):
    """Says why the pending question matters; a question-specific answer when the domain has one."""

    def name(self) -> Text:
        return "action_explain_question"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        requested = tracker.get_slot("requested_slot")
        specific = f"utter_why_{requested}"
        dispatcher.utter_message(response=specific if specific in domain.get("responses", {}) else "utter_why_ask")
        return []
