"""Slot names and the translation between Rasa slots and the engine's facts."""

from __future__ import annotations

from typing import Any, Mapping

# The order the form asks in: the most common reasons to stop early come first after consent.
QUESTION_ORDER = (
    "privacy_ack", "age", "copd_diagnosis", "smoking_status", "pack_years", "months_since_nicotine",
    "exacerbation_last_year", "exacerbation_months_ago", "mmrc_grade", "antibiotics_last_12_weeks",
    "steroids_last_12_weeks", "immunosuppressants", "heart_condition", "cancer_history",
    "autoimmune_disease", "height_cm", "weight_kg", "pregnant_or_breastfeeding",
    "can_attend_site_visits", "fev1_percent", "answers_confirmed",
)
CONTRACT_FACTS = (
    "age", "copd_diagnosis", "smoking_status", "pack_years", "months_since_nicotine", "mmrc_grade",
    "exacerbation_last_year", "exacerbation_months_ago", "antibiotics_last_12_weeks",
    "steroids_last_12_weeks", "immunosuppressants", "height_cm", "weight_kg", "bmi",
    "pregnant_or_breastfeeding", "cancer_history", "autoimmune_disease", "heart_condition",
    "can_attend_site_visits", "fev1_percent",
)
# Working facts the extractor needs for later answers and the engine for its dates.
HELPER_FACTS = (
    "smoking_quit_months_ago", "packs_per_day", "smoking_years", "antibiotics_weeks_ago",
    "steroids_weeks_ago", "cancer_years_ago", "cancer_minor_skin", "height_imperial", "bmi_reported",
)
ALL_FACTS = CONTRACT_FACTS + HELPER_FACTS
OPTIONAL_FACTS = frozenset({"fev1_percent"})
# Working facts set by the same answer as a question's fact: going back to the question clears them too.
DEPENDENT_FACTS = {
    "smoking_status": ("smoking_quit_months_ago",),
    "pack_years": ("packs_per_day", "smoking_years"),
    "exacerbation_last_year": ("exacerbation_months_ago",),
    "antibiotics_last_12_weeks": ("antibiotics_weeks_ago",),
    "steroids_last_12_weeks": ("steroids_weeks_ago",),
    "cancer_history": ("cancer_years_ago", "cancer_minor_skin"),
    "height_cm": ("height_imperial", "bmi", "bmi_reported"),
    "weight_kg": ("bmi", "bmi_reported"),
}  # "I don't know" is a fine answer: the clinic measures it
# Intents that are not answers: during the form each has a rule that replies, then resumes the form.
DIGRESSION_INTENTS = frozenset({
    "ask_purpose", "ask_safety", "ask_timeline", "ask_placebo", "ask_location", "ask_team",
    "ask_medicines", "ask_status", "ask_stem_cells", "ask_cost", "ask_medical_advice",
    "bot_challenge", "talk_to_human", "go_back", "why_ask", "stop", "emergency", "start_over",
    "delete_data",
})
OUTCOME_SLOTS = ("eligibility", "unmet_criteria", "review_criteria", "recheck_after")
# The confirmation step's slots before the summary is shown: a changed answer puts them back.
CONFIRMATION_DEFAULTS = {"answers_confirmed": None, "answers_summary_shown": False,
                         "correction_requested": False}
# The contact form's questions, in the order it asks them.
CONTACT_ORDER = ("contact_consent", "contact_name", "contact_phone", "contact_email",
                 "contact_preferred_time")
CONTACT_DETAILS = CONTACT_ORDER[1:]
# What each contact offer is for; the outcome picks one, "talk to a person" picks "callback".
CONTACT_PURPOSE_BY_OUTCOME = {
    "likely_eligible": "study_team", "needs_review": "study_team",
    "not_yet_eligible": "reminder", "not_eligible": "future_studies",
}
# Numbers closer than this are the same answer (rounding), not a change of mind.
SAME_VALUE_TOLERANCE = 0.51


def known_facts(slots: Mapping[str, Any]) -> dict[str, Any]:
    return {name: slots[name] for name in ALL_FACTS if slots.get(name) is not None}


def engine_facts(slots: Mapping[str, Any]) -> dict[str, Any]:
    """The facts the eligibility engine reads, with values coerced to the types it expects."""
    facts = known_facts(slots)
    for name, value in list(facts.items()):
        if isinstance(value, str) and value.lower() in ("true", "false"):
            facts[name] = value.lower() == "true"
    return facts


def is_change(old: Any, new: Any) -> bool:
    if old is None or new is None:
        return False
    if isinstance(old, bool) or isinstance(new, bool):
        return bool(old) != bool(new)
    if isinstance(old, (int, float)) and isinstance(new, (int, float)):
        return abs(float(old) - float(new)) > SAME_VALUE_TOLERANCE
    return str(old) != str(new)


def reconcile_nicotine(before: Mapping[str, Any], updates: dict[str, Any]) -> None:
    """After a new quit date, keep the last-nicotine answer consistent with it (in place).

    Smoking is nicotine use, so the last nicotine can't be longer ago than quitting. An answer like
    "nothing since I quit" was the quit date itself, so it follows a corrected quit date.
    """
    if "months_since_nicotine" in updates:
        return
    if before.get("smoking_status") == "current" and updates.get("smoking_status") == "former":
        updates["months_since_nicotine"] = None  # the 0 set for a smoker no longer holds: ask again
        return
    new_quit = updates.get("smoking_quit_months_ago")
    old_quit = before.get("smoking_quit_months_ago")
    nicotine = updates.get("months_since_nicotine", before.get("months_since_nicotine"))
    if new_quit is None or nicotine is None:
        return
    tied_to_quitting = old_quit is not None and not is_change(old_quit, nicotine)
    if tied_to_quitting or float(nicotine) > float(new_quit) + SAME_VALUE_TOLERANCE:
        updates["months_since_nicotine"] = float(new_quit)


def answered_questions(slots: Mapping[str, Any], unsure: set[str]) -> list[str]:
    """The health questions that have an answer (or a "not sure"), in the order the form asks."""
    return [name for name in QUESTION_ORDER if name not in ("privacy_ack", "answers_confirmed")
            and (slots.get(name) is not None or name in unsure)]


def next_question(slots: Mapping[str, Any], unsure: set[str]) -> str | None:
    """The first question still open, skipping ones an earlier answer makes pointless."""
    for name in QUESTION_ORDER:
        if slots.get(name) is not None or name in unsure:
            continue
        if name == "pack_years" and slots.get("smoking_status") == "never":
            continue
        if name == "months_since_nicotine" and slots.get("smoking_status") == "current":
            continue
        if name == "exacerbation_months_ago" and (slots.get("exacerbation_last_year") is False
                                                  or "exacerbation_last_year" in unsure):
            continue
        return name
    return None
