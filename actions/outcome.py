"""The end of a screening: judge the facts, tell the person kindly and plainly, keep the record."""

from __future__ import annotations

from datetime import date
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import services
from actions.slots import OPTIONAL_FACTS, engine_facts
from bot.dates import today
from bot.eligibility import (
    LIKELY_ELIGIBLE, NEEDS_REVIEW, NOT_ELIGIBLE, NOT_MET, NOT_YET, NOT_YET_ELIGIBLE, Evaluation,
    evaluate)

# Which results each outcome explains, and with which lead-in.
REASONS_SHOWN = {
    NOT_ELIGIBLE: ("utter_reasons_intro", (NOT_MET,)),
    NOT_YET_ELIGIBLE: ("utter_reasons_intro", (NOT_YET,)),
    NEEDS_REVIEW: ("utter_review_intro", ("review", "unknown", "missing")),
    LIKELY_ELIGIBLE: (None, ()),
}


def readable_date(day: date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


def tell_outcome(dispatcher: CollectingDispatcher, evaluation: Evaluation) -> None:
    dispatcher.utter_message(response=f"utter_outcome_{evaluation.outcome}")
    intro, statuses = REASONS_SHOWN[evaluation.outcome]
    reasons = [r.reason for r in evaluation.results
               if r.status in statuses and r.answered_by == "patient" and r.reason]
    if intro and reasons:
        dispatcher.utter_message(response=intro)
        for reason in dict.fromkeys(reasons):  # two criteria may share one plain reason
            dispatcher.utter_message(response="utter_reason", reason=reason)
    if evaluation.outcome == NOT_YET_ELIGIBLE and evaluation.recheck_after:
        dispatcher.utter_message(response="utter_recheck_date",
                                 recheck_date=readable_date(evaluation.recheck_after))
    if evaluation.outcome == NOT_ELIGIBLE:
        dispatcher.utter_message(response="utter_not_eligible_next")
    else:
        dispatcher.utter_message(response="utter_next_steps_clinic")
        dispatcher.utter_message(response="utter_further_criteria")


class ActionScreeningOutcome(Action):
    def name(self) -> Text:
        return "action_screening_outcome"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        slots = tracker.current_slot_values()
        if not slots.get("privacy_ack"):
            return []  # no consent, no health questions and no outcome
        facts = engine_facts(slots)
        unsure = set(slots.get("unsure_facts") or []) - OPTIONAL_FACTS
        evaluation = evaluate(facts, today(), unsure)
        tell_outcome(dispatcher, evaluation)
        recheck = evaluation.recheck_after.isoformat() if evaluation.recheck_after else None
        saved = await services.save_safely("finish_screening", lambda repo: repo.finish_screening(
            tracker.sender_id, evaluation.outcome, evaluation.recheck_after,
            [result.as_dict() for result in evaluation.results], facts,
            evaluation.criteria_version, channel=tracker.get_latest_input_channel() or "rest"))
        if not saved:
            dispatcher.utter_message(response="utter_records_unavailable")
        return [
            SlotSet("eligibility", evaluation.outcome),
            SlotSet("unmet_criteria", evaluation.unmet_criteria),
            SlotSet("review_criteria", evaluation.review_criteria),
            SlotSet("recheck_after", recheck),
        ]
