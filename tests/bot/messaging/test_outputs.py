"""Each channel's outgoing calls, captured on a loopback stand-in of the provider's API: native buttons
where the provider can show them, else numbered options in the same message."""

from __future__ import annotations

import base64
import copy
import json

import pytest
from fbmessenger import MessengerClient

from bot.messaging.facebook import FacebookOutput
from bot.messaging.options import OfferedOptions
from bot.messaging.slack import SlackOutput
from bot.messaging.telegram import TelegramOutput
from bot.messaging.twilio import TwilioOutput
from tests.bot.messaging.standin import (StandIn, facebook_answer, slack_answer, telegram_answer,
                                         twilio_answer)
from tests.bot.messaging.test_options import BREATHING, CONSENT, DOMAIN

GREETING = DOMAIN["responses"]["utter_greet"][0]
SIX = [{"title": f"Option {n}", "payload": f"option {n}"} for n in range(1, 7)]
TELEGRAM_TOKEN = "123456789:synthetic-telegram-token"


def _numbered(response: dict) -> str:
    return response["text"] + "\n" + "\n".join(f"{n}. {b['title']}" for n, b in enumerate(response["buttons"], 1))


@pytest.fixture
def port(unused_tcp_port):
    return unused_tcp_port


async def test_twilio_sends_one_numbered_message_to_the_person_from_the_number_they_wrote_to(port):
    offers = OfferedOptions()
    with StandIn(port, twilio_answer) as api:
        output = TwilioOutput("ACsynthetic", "synthetic-token", "whatsapp:+15550100001", "whatsapp:+15550100002",
                              api.url, offers)
        await output.send_response("twilio-pseudonym", copy.deepcopy(CONSENT))
        call = api.next_call()
        assert api.drain() == []
    assert call.path == "/2010-04-01/Accounts/ACsynthetic/Messages.json"
    assert call.headers["Authorization"] == "Basic " + base64.b64encode(b"ACsynthetic:synthetic-token").decode()
    assert call.form == {"To": "whatsapp:+15550100002", "From": "whatsapp:+15550100001", "Body": _numbered(CONSENT)}
    assert offers.answer("twilio-pseudonym", "1") == "Yes, I agree."


async def test_twilio_sends_the_breathing_grades_as_written(port):
    with StandIn(port, twilio_answer) as api:
        output = TwilioOutput("ACsynthetic", "synthetic-token", "+15550100001", "+15550100002", api.url,
                              OfferedOptions())
        await output.send_response("twilio-pseudonym", copy.deepcopy(BREATHING))
        assert api.next_call().form["Body"] == BREATHING["text"]


async def test_twilio_failures_are_logged_without_the_number(port, caplog):
    def refuse(call):
        return 400, {"code": 21211, "message": f"The 'To' number {call.form['To']} is not a valid phone number.",
                     "status": 400}

    with StandIn(port, refuse) as api:
        output = TwilioOutput("ACsynthetic", "synthetic-token", "+15550100001", "+15550100002", api.url,
                              OfferedOptions())
        await output.send_text_message("twilio-pseudonym", "Hello")
    assert "21211" in caplog.text
    assert "5550100002" not in caplog.text


async def test_telegram_shows_an_inline_keyboard_and_numbers_payloads_it_cannot_carry(port):
    offers = OfferedOptions()
    long_payload = [{"title": "Yes", "payload": "Yes, " + "and more " * 10}, {"title": "No", "payload": "No"}]
    with StandIn(port, telegram_answer) as api:
        output = TelegramOutput(TELEGRAM_TOKEN, api.url, "synthetic-secret", offers)
        await output.send_response("4242", copy.deepcopy(CONSENT))
        native = api.next_call()
        await output.send_response("4242", {"text": "Is that right?", "buttons": long_payload})
        numbered = api.next_call()
        assert await output.set_webhook("https://bot.example.test/webhooks/telegram/webhook")
        registered = api.next_call()
    assert native.path == f"/bot{TELEGRAM_TOKEN}/sendMessage"
    assert native.form["chat_id"] == "4242" and native.form["text"] == CONSENT["text"]
    assert json.loads(native.form["reply_markup"]) == {"inline_keyboard": [[
        {"text": "Yes, I agree", "callback_data": "Yes, I agree."},
        {"text": "No, thanks", "callback_data": "No, thank you."}]]}
    assert numbered.form["text"] == "Is that right?\n1. Yes\n2. No" and "reply_markup" not in numbered.form
    assert registered.path.endswith("/setWebhook")
    assert registered.form["secret_token"] == "synthetic-secret"
    assert registered.form["url"] == "https://bot.example.test/webhooks/telegram/webhook"
    assert json.loads(registered.form["allowed_updates"]) == ["message", "callback_query"]


async def test_slack_shows_buttons_up_to_five_and_numbers_more(port):
    with StandIn(port, slack_answer) as api:
        output = SlackOutput("xoxb-synthetic", "D0SYNTHETIC", None, None, api.url + "/api/", OfferedOptions())
        await output.send_response("U0SYNTHETIC", copy.deepcopy(BREATHING))
        native = api.next_call()
        await output.send_response("U0SYNTHETIC", {"text": "Pick one", "buttons": SIX})
        numbered = api.next_call()
    assert native.path == "/api/chat.postMessage"
    assert native.headers["Authorization"] == "Bearer xoxb-synthetic"
    assert native.json["channel"] == "D0SYNTHETIC"
    assert [e["value"] for e in native.json["blocks"][1]["elements"]] == ["0", "1", "2", "3", "4"]
    assert numbered.json["text"] == "Pick one\n" + "\n".join(f"{n}. Option {n}" for n in range(1, 7))
    assert "blocks" not in numbered.json


async def test_messenger_uses_the_button_template_only_within_its_limits(port):
    offers = OfferedOptions()
    with StandIn(port, facebook_answer) as api:
        client = MessengerClient("synthetic-page-token")
        client.graph_url = api.url + "/v2.12"
        output = FacebookOutput(client, offers)
        await output.send_response("PSID1", copy.deepcopy(CONSENT))
        template = api.next_call()
        await output.send_response("PSID1", copy.deepcopy(GREETING))  # a title over 20 characters
        numbered = api.next_call()
        await output.send_response("PSID1", copy.deepcopy(BREATHING))  # five buttons
        grades = api.next_call()
    assert template.path == "/v2.12/me/messages" and template.query["access_token"] == "synthetic-page-token"
    payload = template.json["message"]["attachment"]["payload"]
    assert payload["template_type"] == "button" and payload["text"] == CONSENT["text"]
    assert [(b["title"], b["payload"], b["type"]) for b in payload["buttons"]] == [
        ("Yes, I agree", "Yes, I agree.", "postback"), ("No, thanks", "No, thank you.", "postback")]
    assert numbered.json["message"] == {"text": _numbered(GREETING)}
    assert grades.json["message"] == {"text": BREATHING["text"]}
    assert offers.answer("PSID1", "3") == "3"
