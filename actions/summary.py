"""The summary shown before the outcome: what the bot understood, and "Is this right?".

Rasa's form calls `action_ask_answers_confirmed` whenever it asks for `answers_confirmed`. Each line
of the summary is a domain response chosen by the state of one topic (answered, not sure, yes, no),
with the person's values as variables, so every word stays in domain.yml.
"""

from __future__ import annotations

from typing import Any, Dict, List, Mapping, Optional, Text, Tuple

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.dates import date_months_ago, date_weeks_ago, today

CM_PER_INCH = 2.54
LB_PER_KG = 2.20462
MONTHS_SHOWN_AS_YEARS = 24  # past two years, "about 11 years ago" is easier to check than a month

Line = Tuple[str, Dict[str, Any]]


def plain_number(value: Any, places: int = 0) -> str:
    """67.0 -> "67", 22.5 -> "22.5": no trailing ".0" for the person to puzzle over."""
    rounded = round(float(value), places)
    return str(int(rounded)) if float(rounded).is_integer() else f"{rounded:.{places}f}"


def _state(slots: Mapping[str, Any], unsure: set[str], name: str) -> Optional[str]:
    """yes / no / unsure for a yes-or-no fact; None when it was never asked."""
    if name in unsure:
        return "unsure"
    value = slots.get(name)
    if value is None:
        return None
    if isinstance(value, str):
        value = value.lower() == "true"
    return "yes" if value else "no"


def month_and_year(months_ago: float) -> str:
    day = date_months_ago(float(months_ago), today())
    return f"{day:%B} {day.year}"


def day_month_year(weeks_ago: float) -> str:
    day = date_weeks_ago(float(weeks_ago), today())
    return f"{day:%B} {day.day}, {day.year}"


def _time_ago(topic: str, months: float) -> Line:
    if months >= MONTHS_SHOWN_AS_YEARS:
        return f"utter_summary_{topic}_years", {"years": plain_number(months / 12)}
    return f"utter_summary_{topic}_month", {"month": month_and_year(months)}


def _smoking(slots: Mapping[str, Any], unsure: set[str]) -> List[Line]:
    status = slots.get("smoking_status")
    if "smoking_status" in unsure:
        return [("utter_summary_smoking_unsure", {})]
    if status != "former":
        return []  # never and current smokers end the questions early: no summary is shown
    if slots.get("pack_years") is not None:
        return [("utter_summary_smoking_former", {"pack_years": plain_number(slots["pack_years"], 1)})]
    return [("utter_summary_smoking_former_amount_unsure", {})]


def _nicotine(slots: Mapping[str, Any], unsure: set[str]) -> List[Line]:
    if "months_since_nicotine" in unsure:
        return [("utter_summary_nicotine_unsure", {})]
    months = slots.get("months_since_nicotine")
    if months is None or slots.get("smoking_status") == "current":
        return []
    return [_time_ago("nicotine", float(months))]


def _breathing(slots: Mapping[str, Any], unsure: set[str]) -> List[Line]:
    if "mmrc_grade" in unsure:
        return [("utter_summary_breathing_unsure", {})]
    grade = slots.get("mmrc_grade")
    return [] if grade is None else [(f"utter_summary_breathing_{int(round(float(grade)))}", {})]


def _flare_ups(slots: Mapping[str, Any], unsure: set[str]) -> List[Line]:
    state = _state(slots, unsure, "exacerbation_last_year")
    if state != "yes":
        return [] if state is None else [(f"utter_summary_flare_ups_{state}", {})]
    months = slots.get("exacerbation_months_ago")
    if months is None:
        return [("utter_summary_flare_ups_yes_when_unsure", {})]
    return [("utter_summary_flare_ups_yes", {"month": month_and_year(months)})]


def _group(slots: Mapping[str, Any], unsure: set[str], facts: Tuple[str, ...], none_line: str,
           weeks: Mapping[str, str]) -> List[Line]:
    """One line when every answer was no; otherwise one line per fact."""
    states = {name: _state(slots, unsure, name) for name in facts}
    if all(state == "no" for state in states.values()):
        return [(none_line, {})]
    lines: List[Line] = []
    for name, state in states.items():
        if state is None:
            continue
        weeks_ago = slots.get(weeks[name]) if name in weeks else None
        if state == "yes" and weeks_ago is not None:
            lines.append((f"utter_summary_{name}_yes_date", {"date": day_month_year(weeks_ago)}))
        else:
            lines.append((f"utter_summary_{name}_{state}", {}))
    return lines


def _body(slots: Mapping[str, Any], unsure: set[str]) -> List[Line]:
    height, weight, bmi = slots.get("height_cm"), slots.get("weight_kg"), slots.get("bmi")
    if {"height_cm", "weight_kg"} & unsure:
        return [("utter_summary_body_unsure", {})]
    if height is None or weight is None or bmi is None:
        return []
    if slots.get("height_imperial"):
        total_inches = round(float(height) / CM_PER_INCH)
        return [("utter_summary_body_imperial", {
            "feet": total_inches // 12, "inches": total_inches % 12,
            "pounds": plain_number(float(weight) * LB_PER_KG), "bmi": plain_number(bmi, 1)})]
    return [("utter_summary_body_metric", {
        "height_cm": plain_number(height), "weight_kg": plain_number(weight), "bmi": plain_number(bmi, 1)})]


def summary_lines(slots: Mapping[str, Any]) -> List[Line]:
    """(response, variables) for each topic the person answered, in the order of the questions."""
    unsure = set(slots.get("unsure_facts") or [])
    lines: List[Line] = []
    if "age" in unsure:
        lines.append(("utter_summary_age_unsure", {}))
    elif slots.get("age") is not None:
        lines.append(("utter_summary_age", {"age": plain_number(slots["age"])}))
    copd = _state(slots, unsure, "copd_diagnosis")
    if copd in ("yes", "unsure"):
        lines.append((f"utter_summary_copd_{copd}", {}))
    lines += _smoking(slots, unsure) + _nicotine(slots, unsure)
    lines += _breathing(slots, unsure) + _flare_ups(slots, unsure)
    lines += _group(slots, unsure, ("antibiotics_last_12_weeks", "steroids_last_12_weeks", "immunosuppressants"),
                    "utter_summary_medicines_none",
                    {"antibiotics_last_12_weeks": "antibiotics_weeks_ago",
                     "steroids_last_12_weeks": "steroids_weeks_ago"})
    lines += _group(slots, unsure, ("heart_condition", "cancer_history", "autoimmune_disease"),
                    "utter_summary_conditions_none", {})
    lines += _body(slots, unsure)
    for name in ("pregnant_or_breastfeeding", "can_attend_site_visits"):
        state = _state(slots, unsure, name)
        if state is not None:
            lines.append((f"utter_summary_{name}_{state}", {}))
    if slots.get("fev1_percent") is not None:
        lines.append(("utter_summary_fev1_percent", {"fev1": plain_number(slots["fev1_percent"])}))
    return lines


class ActionAskAnswersConfirmed(Action):
    """Shows the summary once (and again after any change), then asks if it is right."""

    def name(self) -> Text:
        return "action_ask_answers_confirmed"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        slots = tracker.current_slot_values()
        if slots.get("correction_requested"):
            dispatcher.utter_message(response="utter_ask_correction")
            return []
        if slots.get("answers_summary_shown"):
            # Nothing changed since the person saw it (e.g. after "why do you ask?"): just ask again.
            dispatcher.utter_message(response="utter_ask_answers_confirmed_again")
            return []
        dispatcher.utter_message(response="utter_summary_intro")
        for response, variables in summary_lines(slots):
            dispatcher.utter_message(response=response, **variables)
        dispatcher.utter_message(response="utter_ask_answers_confirmed")
        return [SlotSet("answers_summary_shown", True)]
