"""Buttons as numbered text options, and replies of a number or a title read as that button."""

from __future__ import annotations

import copy
from pathlib import Path

import yaml
from rasa.core.channels.channel import CollectingOutputChannel, OutputChannel, UserMessage

from bot.messaging.options import (NumberedOptions, OfferedOptions, chosen_payload, choosing_options,
                                   numbered_text)

DOMAIN = yaml.safe_load((Path(__file__).resolve().parents[3] / "domain.yml").read_text(encoding="utf-8"))
YES_NO = [{"title": "Yes", "payload": "Yes"}, {"title": "No", "payload": "No"},
          {"title": "Not sure", "payload": "Not sure"}]
CONSENT = DOMAIN["responses"]["utter_ask_privacy_ack"][0]
BREATHING = DOMAIN["responses"]["utter_ask_mmrc_grade"][0]


def test_buttons_become_numbered_lines_of_the_same_text():
    assert numbered_text("Has a doctor told you that you have COPD?", YES_NO) == (
        "Has a doctor told you that you have COPD?\n1. Yes\n2. No\n3. Not sure")


def test_no_blank_line_between_the_text_and_the_options():
    # Rasa's SMS, Telegram, Slack and Messenger channels send each paragraph as its own message.
    assert "\n\n" not in numbered_text(CONSENT["text"], CONSENT["buttons"])


def test_titles_that_are_numbers_are_not_renumbered():
    assert [b["title"] for b in BREATHING["buttons"]] == ["0", "1", "2", "3", "4"]
    assert numbered_text(BREATHING["text"], BREATHING["buttons"]) == BREATHING["text"]


def test_a_number_chooses_that_option_and_a_title_chooses_its_own():
    options = [(b["title"], b["payload"]) for b in CONSENT["buttons"]]
    assert chosen_payload(options, "1") == "Yes, I agree."
    assert chosen_payload(options, " 2. ") == "No, thank you."
    assert chosen_payload(options, "#1") == "Yes, I agree."
    assert chosen_payload(options, "yes, i agree") == "Yes, I agree."
    assert chosen_payload(options, "No, thanks!") == "No, thank you."


def test_other_replies_are_left_as_typed():
    options = [(b["title"], b["payload"]) for b in YES_NO]
    for reply in ("0", "4", "12", "yes I think so", "what is this about?", "", "   "):
        assert chosen_payload(options, reply) is None


def test_numbered_titles_are_chosen_by_title_not_by_position():
    options = [(b["title"], b["payload"]) for b in BREATHING["buttons"]]
    assert chosen_payload(options, "0") == "0"
    assert chosen_payload(options, "3") == "3"
    assert chosen_payload(options, "5") is None


def test_an_offer_is_used_once_by_the_next_reply_of_that_sender():
    offers = OfferedOptions()
    offers.offer("person-a", CONSENT["buttons"])
    assert offers.answer("person-b", "1") == "1"
    assert offers.answer("person-a", "1") == "Yes, I agree."
    # The next question ("How old are you?") has no buttons: "1" is an answer as typed.
    assert offers.answer("person-a", "1") == "1"


def test_the_offers_are_bounded_and_the_oldest_go_first():
    offers = OfferedOptions(limit=3)
    for sender in ("a", "b", "c", "d"):
        offers.offer(sender, YES_NO)
    assert len(offers) == 3
    assert offers.answer("a", "1") == "1"
    assert offers.answer("d", "1") == "Yes"


class _Plain(CollectingOutputChannel):
    """A channel without buttons: what it would send, as text."""


class _Numbered(NumberedOptions, _Plain):
    def __init__(self, offers: OfferedOptions, native: bool = False) -> None:
        super().__init__()
        self.offers, self.native = offers, native

    def shows_buttons(self, text, buttons) -> bool:
        return self.native


async def test_the_output_sends_one_message_and_remembers_the_offer():
    offers = OfferedOptions()
    channel = _Numbered(offers)
    await channel.send_response("person", {"text": "Are you pregnant or breastfeeding?", "buttons": YES_NO[:2]})
    assert [m.get("text") for m in channel.messages] == ["Are you pregnant or breastfeeding?\n1. Yes\n2. No"]
    assert all("buttons" not in m for m in channel.messages)
    assert offers.answer("person", "2") == "No"


async def test_native_buttons_are_sent_as_they_are_and_clear_an_older_offer():
    offers = OfferedOptions()
    offers.offer("person", YES_NO)
    channel = _Numbered(offers, native=True)
    await channel.send_response("person", {"text": "Is that OK with you?", "buttons": copy.deepcopy(CONSENT["buttons"])})
    assert channel.messages[0]["buttons"] == CONSENT["buttons"]
    assert offers.answer("person", "1") == "1"


async def test_the_input_side_hands_on_the_payload():
    offers = OfferedOptions()
    offers.offer("person", CONSENT["buttons"])
    seen = []

    async def on_new_message(message: UserMessage) -> None:
        seen.append(message.text)

    await choosing_options(offers, on_new_message)(UserMessage("1", OutputChannel(), "person"))
    assert seen == ["Yes, I agree."]
