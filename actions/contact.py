"""Keeping in touch: the contact form after the outcome, or when the person asks for a person.

The offer depends on why it is made (slot contact_purpose): after "likely eligible" or "needs
review", passing the details to the study team; after "not yet", a reminder for the re-check date;
after "not eligible", news of future studies; after "talk to a person", a call back. Nothing is
kept without a yes. A name is optional; a phone number or an email is needed (each checked, and
asked again when it does not look right); a good time to call is asked only for a phone. A no, or
"stop", ends the form cleanly, and `action_save_contact` then keeps (or clears) the details.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import services
from actions.history import answered_after_bot_spoke, slots_before_latest_message
from actions.outcome import readable_date
from actions.screening_form import read_correction
from actions.slots import (
    ALL_FACTS, CONTACT_DETAILS, CONTACT_PURPOSE_BY_OUTCOME, DIGRESSION_INTENTS, answered_questions, is_change)
from bot.dates import today
from bot.nlu.extract import NO, YES, extract_facts

MAX_UNCLEAR = 2  # a second unclear answer to "may I keep your details?" counts as a no
MAX_TIME_TEXT = 80
PHONE = re.compile(r"\+?\(?\d[\d\s().-]{5,}\d")
EMAIL = re.compile(r"[\w.%+'-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}", re.UNICODE)
NAME_LEAD_IN = re.compile(
    r"^\s*(?:(?:my|his|her|their)\s+name\s+is|name'?s|i'?m|i\s+am|it'?s|this\s+is|call\s+me|"
    r"you\s+can\s+call\s+me|ask\s+for)\s+", re.I)
NAME = re.compile(r"[^\W\d_]+(?:[ .'-]+[^\W\d_]+){0,5}\.?", re.UNICODE)
NOT_NAMES = {"yes", "yeah", "yep", "sure", "ok", "okay", "fine", "no", "nope", "skip"}
MAX_NAME = 60
SKIP_WORDS = re.compile(r"\b(skip|no phone|no email|no number|rather not|prefer not|don'?t have|"
                        r"do not have|none|any ?time|no preference)\b", re.I)
DECLINE_WORDS = re.compile(r"\b(skip|rather not|prefer not)\b", re.I)
# An answer to "when is a good time?" may look like anything ("any time", "after 3"): words of time
# keep it from being taken for a question about the study.
TIME_WORDS = re.compile(r"\b(any ?time|morning|afternoon|evening|noon|am|pm|weekdays?|weekends?|"
                        r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d)", re.I)
# A phone number question answered with "email me instead" means: skip the phone.
EMAIL_INSTEAD = re.compile(r"\be-?mail\b", re.I)
PHONE_INSTEAD = re.compile(r"\b(phone|call|ring)\b", re.I)


def parse_phone(text: str) -> tuple[Optional[str], bool]:
    """(the number in international form, whether the text tried to give one)."""
    match = PHONE.search(text)
    if not match:
        return None, bool(re.search(r"\d{3}", text))
    raw = match.group()
    digits = re.sub(r"\D", "", raw)
    if raw.startswith("+") and 8 <= len(digits) <= 15:
        return "+" + digits, True
    # North American numbers: area codes and exchanges never start with 0 or 1.
    if len(digits) == 11 and digits[0] == "1":
        digits = digits[1:]
    if len(digits) == 10 and digits[0] not in "01" and digits[3] not in "01":
        return "+1" + digits, True
    return None, True


def parse_email(text: str) -> tuple[Optional[str], bool]:
    """(the address, whether the text tried to give one)."""
    match = EMAIL.search(text)
    if match and ".." not in match.group():
        return match.group().rstrip(".").lower(), True
    return None, "@" in text or bool(re.search(r"\b(at|dot)\b.*\b(com|org|net)\b", text, re.I))


def parse_name(text: str) -> Optional[str]:
    """A person's name, without "my name is"; None when the text does not look like a name."""
    text = NAME_LEAD_IN.sub("", text.strip()).strip(" ,.!;:")
    text = re.sub(r"\s+", " ", text)
    if not text or len(text) > MAX_NAME or not NAME.fullmatch(text) or text.lower() in NOT_NAMES:
        return None
    return " ".join(word[:1].upper() + word[1:] if word.islower() else word for word in text.split(" "))


def contact_purpose(slots: dict, intent: Optional[str]) -> Optional[str]:
    """Why contact details are asked for; None when there is nothing to offer (no outcome yet)."""
    if intent == "talk_to_human":
        return "callback"
    purpose = CONTACT_PURPOSE_BY_OUTCOME.get(slots.get("eligibility") or "")
    if purpose == "reminder" and not slots.get("recheck_after"):
        return "study_team"  # nothing to remind of without a date: the team can still follow up
    return purpose


def as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def next_contact_question(slots: dict, skipped: set[str]) -> Optional[str]:
    """The next contact question, or None when the form is done."""
    consent = slots.get("contact_consent")
    if consent is None:
        return "contact_consent"
    if not consent:
        return None
    for name in CONTACT_DETAILS:
        if slots.get(name) is not None or name in skipped:
            continue
        if name == "contact_email" and slots.get("contact_phone"):
            continue  # one way to reach the person is enough
        if name == "contact_preferred_time" and not slots.get("contact_phone"):
            continue  # a time only matters for a call
        return name
    return None


class ActionAskContactConsent(Action):
    """Asks for the OK to keep contact details, in words that fit why they are asked for."""

    def name(self) -> Text:
        return "action_ask_contact_consent"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        purpose = tracker.get_slot("contact_purpose") or "callback"
        recheck = tracker.get_slot("recheck_after")
        variables = {"recheck_date": readable_date(as_date(recheck))} if recheck else {}
        dispatcher.utter_message(response=f"utter_offer_contact_{purpose}", **variables)
        return []


class ValidateContactForm(Action):
    def name(self) -> Text:
        return "validate_contact_form"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        slots = dict(tracker.current_slot_values())
        requested = slots.get("requested_slot")
        message = tracker.latest_message or {}
        text = (message.get("text") or "").strip()
        intent = (message.get("intent") or {}).get("name")
        skipped = set(slots.get("contact_skipped") or [])
        unclear = int(slots.get("unclear_answers") or 0)

        if requested is None:
            purpose = contact_purpose(slots, intent)
            if purpose is None:
                # The screening ended without an outcome (a no to the privacy notice): no offer.
                return [SlotSet("contact_purpose", None), SlotSet("requested_slot", None)]
            # A new offer: ask for the OK again, for this purpose; details given before are kept.
            return [SlotSet("contact_purpose", purpose),
                    SlotSet("contact_consent", None), SlotSet("contact_skipped", []),
                    SlotSet("unclear_answers", 0.0), SlotSet("requested_slot", "contact_consent")]
        if answered_after_bot_spoke(tracker):
            return [SlotSet("requested_slot", next_contact_question(slots, skipped))]
        if intent == "emergency":
            return []  # the emergency rule answers
        if not text:
            dispatcher.utter_message(response="utter_empty_message")
            return [SlotSet("unclear_answers", float(unclear)), SlotSet("requested_slot", requested)]

        # Entities in a contact answer are not health facts ("call after 3"): undo what they set.
        before = slots_before_latest_message(tracker)
        events: List[EventType] = [SlotSet(name, before.get(name)) for name in ALL_FACTS
                                   if slots.get(name) != before.get(name)]
        if intent == "inform" and self._corrects_a_fact(text, before):
            return []  # "actually I quit in 2016": the screening form takes it (a rule switches)
        if intent == "talk_to_human":
            # Asked for a person while another offer was open: ask again, for a call back.
            return events + [SlotSet("contact_purpose", "callback"), SlotSet("contact_consent", None),
                             SlotSet("requested_slot", "contact_consent")]
        if intent == "stop":
            return events + [SlotSet("contact_consent", False), SlotSet("requested_slot", None)]

        updates: dict[str, Any] = {}
        answered = self._read(dispatcher, requested, text, intent, slots, skipped, updates, unclear)
        if answered is None:
            return []  # a question about the study, "why", "go back"...: its rule answers
        unclear = 0 if answered else unclear + 1
        if requested == "contact_consent" and not answered and unclear >= MAX_UNCLEAR:
            updates["contact_consent"] = False  # never keep details on an unclear answer
        slots.update(updates)
        if {"contact_phone", "contact_email"} <= skipped and slots.get("contact_consent"):
            dispatcher.utter_message(response="utter_contact_no_way_to_reach")
            updates["contact_consent"] = False
            slots["contact_consent"] = False
        events += [SlotSet(name, value) for name, value in updates.items()]
        events += [SlotSet("contact_skipped", sorted(skipped)), SlotSet("unclear_answers", float(unclear)),
                   SlotSet("requested_slot", next_contact_question(slots, skipped))]
        return events

    @staticmethod
    def _corrects_a_fact(text: str, before: dict) -> bool:
        facts = read_correction(text, before).facts
        return any(is_change(before.get(name), value) or before.get(name) is None
                   for name, value in facts.items() if name in ALL_FACTS)

    @staticmethod
    def _read(dispatcher: CollectingDispatcher, requested: str, text: str, intent: Optional[str],
              slots: dict, skipped: set[str], updates: dict, unclear: int) -> Optional[bool]:
        """Fills `updates` from the answer. True: answered; False: asked again; None: not an answer."""
        phone, tried_phone = parse_phone(text)
        email, tried_email = parse_email(text)
        polarity = extract_facts(text, today()).polarity
        # Details given before they were asked are kept, so they are not asked again.
        if phone and requested != "contact_consent":
            updates["contact_phone"] = phone
        if email and requested != "contact_consent":
            updates["contact_email"] = email

        if requested == "contact_consent":
            if polarity == YES:
                updates["contact_consent"] = True
                if phone or email:
                    updates.update({k: v for k, v in (("contact_phone", phone), ("contact_email", email)) if v})
                return True
            if polarity == NO:
                updates["contact_consent"] = False
                return True
            if intent in DIGRESSION_INTENTS:
                return None
            dispatcher.utter_message(response="utter_contact_yes_or_no")
            return False

        if requested == "contact_phone":
            if phone:
                return True
            if tried_email and not tried_phone:
                skipped.add("contact_phone")  # an email instead of a number: the email question follows
                if not email:
                    dispatcher.utter_message(response="utter_invalid_contact_email")
                return True
            if polarity == NO or SKIP_WORDS.search(text) or (EMAIL_INSTEAD.search(text) and not tried_phone):
                skipped.add("contact_phone")
                return True
            if intent in DIGRESSION_INTENTS and not tried_phone:
                return None
            dispatcher.utter_message(response="utter_invalid_contact_phone")
            return False

        if requested == "contact_email":
            if email:
                return True
            if PHONE_INSTEAD.search(text) and not tried_email and not phone:
                skipped.discard("contact_phone")  # "call me instead": ask for the number again
            if polarity == NO or SKIP_WORDS.search(text) or PHONE_INSTEAD.search(text) or phone:
                skipped.add("contact_email")
                return True
            if intent in DIGRESSION_INTENTS and not tried_email:
                return None
            dispatcher.utter_message(response="utter_invalid_contact_email")
            return False

        if requested == "contact_name":
            if polarity == NO or SKIP_WORDS.search(text):
                skipped.add("contact_name")
                return True
            if intent in DIGRESSION_INTENTS:
                return None
            name = parse_name(text)
            if name:
                updates["contact_name"] = name
                return True
            if phone or email:
                return True  # a number or email instead of a name: keep it, ask the name again
            dispatcher.utter_message(response="utter_invalid_contact_name")
            return False

        if requested == "contact_preferred_time":
            if polarity == NO or DECLINE_WORDS.search(text):
                skipped.add("contact_preferred_time")
            elif intent in DIGRESSION_INTENTS and not TIME_WORDS.search(text):
                return None
            else:
                updates["contact_preferred_time"] = text[:MAX_TIME_TEXT]
            return True
        return None


class ActionSaveContact(Action):
    """Keeps the details the person agreed to share (or clears them on a no) and says what happens next."""

    def name(self) -> Text:
        return "action_save_contact"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        slots = tracker.current_slot_values()
        purpose = slots.get("contact_purpose")
        if purpose is None or slots.get("contact_consent") is None:
            return []  # nothing was offered, so nothing is kept or said
        details = {name: slots.get(name) for name in CONTACT_DETAILS}
        agreed = bool(slots.get("contact_consent")) and bool(details["contact_phone"] or details["contact_email"])
        sender = tracker.sender_id

        def keep(repo) -> None:
            repo.save_contact(sender, True, name=details["contact_name"], phone=details["contact_phone"],
                              email=details["contact_email"], preferred_time=details["contact_preferred_time"])
            if purpose == "callback":
                repo.request_callback(sender)

        def clear(repo) -> None:
            if repo.get_screening(sender) is not None:  # no record is made just to say "no"
                repo.save_contact(sender, False)

        saved = await services.save_safely("save_contact", keep if agreed else clear)
        events: List[EventType] = []
        recheck = slots.get("recheck_after")
        variables = {"recheck_date": readable_date(as_date(recheck))} if recheck else {}
        if not saved:
            dispatcher.utter_message(response="utter_records_unavailable")
        elif agreed:
            dispatcher.utter_message(response=f"utter_contact_saved_{purpose}", **variables)
            if details["contact_phone"]:
                dispatcher.utter_message(response="utter_contact_saved_phone", phone=details["contact_phone"])
            if details["contact_email"]:
                dispatcher.utter_message(response="utter_contact_saved_email", email=details["contact_email"])
        else:
            dispatcher.utter_message(response=f"utter_contact_declined_{purpose}", **variables)
            events += [SlotSet(name, None) for name in CONTACT_DETAILS if details[name] is not None]
        if purpose == "callback" and screening_unfinished(slots):
            dispatcher.utter_message(response="utter_resume_hint")
        return events + [SlotSet("contact_skipped", [])]


def screening_unfinished(slots: dict) -> bool:
    return (bool(slots.get("privacy_ack")) and slots.get("eligibility") is None
            and bool(answered_questions(slots, set(slots.get("unsure_facts") or []))))
