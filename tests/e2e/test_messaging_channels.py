"""End to end: each messaging channel, with the provider's own webhook payloads, against the real servers.

`server_env` (conftest) turns every channel on with synthetic secrets and points each at a loopback
stand-in of its provider's API; each test starts that stand-in, posts what the provider would post
(signed the way the provider signs), and reads the bot's outgoing calls on the stand-in: the reply
to a first message, a question with buttons (native where the provider has buttons, else numbered
options in the same message), and a button or a typed number read as the button's payload.
Nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import random
import sqlite3
import time
from pathlib import Path
from urllib.parse import urlencode

import aiohttp
import pytest
import yaml

from tests.bot.messaging.standin import (Call, StandIn, facebook_answer, slack_answer, telegram_answer,
                                         twilio_answer)
from tests.e2e.conftest import (CHANNEL_ENV, FACEBOOK_API_PORT, PROJECT_ROOT, RASA_PORT, REPLY_TIMEOUT_S,
                                SLACK_API_PORT, TELEGRAM_API_PORT, TWILIO_API_PORT)

pytestmark = pytest.mark.e2e

WEBHOOKS = f"http://127.0.0.1:{RASA_PORT}/webhooks"
RESPONSES = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))["responses"]
GREETING, CONSENT, AGE = (RESPONSES[name][0] for name in ("utter_greet", "utter_ask_privacy_ack", "utter_ask_age"))
QUALIFY = GREETING["buttons"][0]["payload"]  # "I'd like to check if I qualify"
AGREE = CONSENT["buttons"][0]["payload"]  # "Yes, I agree."


def numbered(response: dict) -> str:
    return response["text"] + "\n" + "\n".join(f"{n}. {b['title']}" for n, b in enumerate(response["buttons"], 1))


def buttons(response: dict) -> list[tuple[str, str]]:
    return [(b["title"], b["payload"]) for b in response["buttons"]]


@pytest.fixture
async def http(rest):  # `rest` starts the servers once per session
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=REPLY_TIMEOUT_S)) as session:
        yield session


# ------------------------------------------------------------------------------------------- Telegram

def _telegram_user(chat: int) -> dict:
    return {"id": chat, "is_bot": False, "first_name": "Test", "last_name": "Person", "language_code": "en"}


def telegram_message(chat: int, text: str) -> dict:
    message = {"message_id": random.randint(1, 10**6), "from": _telegram_user(chat), "date": int(time.time()),
               "chat": {"id": chat, "first_name": "Test", "last_name": "Person", "type": "private"}, "text": text}
    if text.startswith("/"):
        message["entities"] = [{"offset": 0, "length": len(text.split()[0]), "type": "bot_command"}]
    return {"update_id": random.randint(1, 10**9), "message": message}


def telegram_button(chat: int, data: str, shown: dict) -> dict:
    """What Telegram posts when the person taps an inline button under the bot's message `shown`."""
    return {"update_id": random.randint(1, 10**9), "callback_query": {
        "id": str(random.randint(10**15, 10**16)), "from": _telegram_user(chat), "chat_instance": "-5550100",
        "message": {"message_id": random.randint(1, 10**6), "date": int(time.time()),
                    "from": {"id": 123456789, "is_bot": True, "first_name": "Screening",
                             "username": CHANNEL_ENV["TELEGRAM_BOT_USERNAME"]},
                    "chat": {"id": chat, "first_name": "Test", "type": "private"},
                    "text": shown["text"], "reply_markup": shown["reply_markup"]},
        "data": data}}


async def post_telegram(http, update: dict, secret: str = CHANNEL_ENV["TELEGRAM_SECRET_TOKEN"]) -> int:
    async with http.post(f"{WEBHOOKS}/telegram/webhook", json=update,
                         headers={"X-Telegram-Bot-Api-Secret-Token": secret}) as answer:
        return answer.status


def _sent(call: Call) -> bool:
    return call.path.endswith("/sendMessage")


async def test_telegram(http):
    chat = random.randint(10**8, 10**9)
    with StandIn(TELEGRAM_API_PORT, telegram_answer) as api:
        assert await post_telegram(http, telegram_message(chat, "/start"), secret="not-the-secret") == 403
        assert api.drain() == []

        assert await post_telegram(http, telegram_message(chat, "/start")) == 200
        greeting = api.next_call(_sent)
        assert greeting.form["chat_id"] == str(chat)
        assert greeting.form["text"] == GREETING["text"]
        keyboard = json.loads(greeting.form["reply_markup"])["inline_keyboard"]
        assert [(b["text"], b["callback_data"]) for row in keyboard for b in row] == buttons(GREETING)

        shown = {"text": greeting.form["text"], "reply_markup": json.loads(greeting.form["reply_markup"])}
        update = telegram_button(chat, QUALIFY, shown)
        assert await post_telegram(http, update) == 200
        acknowledged = api.next_call(lambda call: call.path.endswith("/answerCallbackQuery"))
        assert acknowledged.form["callback_query_id"] == update["callback_query"]["id"]
        consent = api.next_call(_sent)
        assert consent.form["text"] == CONSENT["text"]
        keyboard = json.loads(consent.form["reply_markup"])["inline_keyboard"]
        assert [(b["text"], b["callback_data"]) for row in keyboard for b in row] == buttons(CONSENT)

        assert await post_telegram(http, telegram_button(chat, AGREE, {
            "text": consent.form["text"], "reply_markup": json.loads(consent.form["reply_markup"])})) == 200
        age = api.next_call(_sent)
        assert age.form["text"] == AGE["text"] and "reply_markup" not in age.form

        async with http.get(f"{WEBHOOKS}/telegram/set_webhook") as answer:
            assert await answer.text() == "Webhook setup successful"
        registered = api.next_call(lambda call: call.path.endswith("/setWebhook"))
        assert registered.form["url"] == CHANNEL_ENV["TELEGRAM_WEBHOOK_URL"]
        assert registered.form["secret_token"] == CHANNEL_ENV["TELEGRAM_SECRET_TOKEN"]


# --------------------------------------------------------------------------------- Twilio SMS, WhatsApp

def twilio_signature(url: str, form: dict[str, str], token: str = CHANNEL_ENV["TWILIO_AUTH_TOKEN"]) -> str:
    """Twilio's documented scheme: HMAC-SHA1 of the URL followed by each POST field's name and value,
    sorted by name, in base64."""
    signed = url + "".join(name + form[name] for name in sorted(form))
    return base64.b64encode(hmac.new(token.encode(), signed.encode(), hashlib.sha1).digest()).decode()


def twilio_message(sender: str, to: str, body: str) -> dict[str, str]:
    sid = "SM" + "".join(random.choices("0123456789abcdef", k=32))
    form = {"ToCountry": "US", "ToState": "FL", "SmsMessageSid": sid, "NumMedia": "0", "ToCity": "JACKSONVILLE",
            "FromZip": "32224", "SmsSid": sid, "FromState": "FL", "SmsStatus": "received",
            "FromCity": "JACKSONVILLE", "Body": body, "FromCountry": "US", "To": to, "ToZip": "32224",
            "NumSegments": "1", "MessageSid": sid, "AccountSid": CHANNEL_ENV["TWILIO_ACCOUNT_SID"],
            "From": sender, "ApiVersion": "2010-04-01"}
    if sender.startswith("whatsapp:"):
        for name in ("ToCountry", "ToState", "ToCity", "FromZip", "FromState", "FromCity", "FromCountry", "ToZip"):
            del form[name]
        form.update({"ProfileName": "Test Person", "WaId": sender.removeprefix("whatsapp:+"),
                     "MessageType": "text", "ReferralNumMedia": "0", "SmsStatus": "received"})
    return form


async def post_twilio(http, form: dict[str, str], signature: str = "") -> int:
    signature = signature or twilio_signature(CHANNEL_ENV["TWILIO_WEBHOOK_URL"], form)
    async with http.post(f"{WEBHOOKS}/twilio/webhook", data=urlencode(form),
                         headers={"Content-Type": "application/x-www-form-urlencoded",
                                  "X-Twilio-Signature": signature}) as answer:
        return answer.status


def _fictional_number() -> str:
    return f"+1555010{random.randint(0, 9999):04d}"  # 555-01XX: reserved for fiction


async def _twilio_screening_starts(http, api: StandIn, person: str, business: str) -> None:
    assert await post_twilio(http, twilio_message(person, business, "hi")) == 204
    greeting = api.next_call()
    assert (greeting.form["To"], greeting.form["From"]) == (person, business)
    assert greeting.form["Body"] == numbered(GREETING)
    assert api.drain() == []  # one message: the options are not sent one by one

    assert await post_twilio(http, twilio_message(person, business, "1")) == 204
    assert api.next_call().form["Body"] == numbered(CONSENT)
    assert await post_twilio(http, twilio_message(person, business, "1.")) == 204
    assert api.next_call().form["Body"] == AGE["text"]


async def test_twilio_sms(http, server_env):
    person, business = _fictional_number(), "+15550100000"
    with StandIn(TWILIO_API_PORT, twilio_answer) as api:
        form = twilio_message(person, business, "hi")
        assert await post_twilio(http, form, signature=twilio_signature(
            CHANNEL_ENV["TWILIO_WEBHOOK_URL"], form, token="not-the-auth-token")) == 403
        assert api.drain() == []
        await _twilio_screening_starts(http, api, person, business)
        assert api.drain() == []

    # The conversation is stored under a pseudonym, never under the phone number.
    tracker_db = Path(server_env["TRACKER_STORE_URL"].removeprefix("sqlite:///"))
    with sqlite3.connect(tracker_db) as db:
        senders = {row[0] for row in db.execute("SELECT DISTINCT sender_id FROM events")}
        stored = db.execute("SELECT COUNT(*) FROM events WHERE data LIKE ?", (f"%{person[2:]}%",)).fetchone()[0]
    assert person not in senders and any(sender.startswith("twilio-") for sender in senders)
    assert stored == 0


async def test_twilio_whatsapp(http):
    person, business = "whatsapp:" + _fictional_number(), "whatsapp:+15550100001"
    with StandIn(TWILIO_API_PORT, twilio_answer) as api:
        await _twilio_screening_starts(http, api, person, business)


# ---------------------------------------------------------------------------------------------- Slack

def slack_headers(body: bytes, content_type: str, secret: str = CHANNEL_ENV["SLACK_SIGNING_SECRET"]) -> dict:
    """Slack's documented scheme: v0= HMAC-SHA256 of "v0:<timestamp>:<body>" in hex."""
    timestamp = str(int(time.time()))
    digest = hmac.new(secret.encode(), f"v0:{timestamp}:".encode() + body, hashlib.sha256).hexdigest()
    return {"Content-Type": content_type, "X-Slack-Request-Timestamp": timestamp, "X-Slack-Signature": f"v0={digest}"}


def slack_event(user: str, channel: str, text: str) -> dict:
    ts = f"{time.time():.6f}"
    return {"token": "synthetic-verification-token", "team_id": "T0SYNTHETIC", "api_app_id": "A0SYNTHETIC",
            "event": {"client_msg_id": "5a8d7e0c-0000-4000-8000-000000000001", "type": "message", "text": text,
                      "user": user, "ts": ts, "team": "T0SYNTHETIC", "channel": channel, "event_ts": ts,
                      "channel_type": "im",
                      "blocks": [{"type": "rich_text", "block_id": "b1", "elements": [
                          {"type": "rich_text_section", "elements": [{"type": "text", "text": text}]}]}]},
            "type": "event_callback", "event_id": f"Ev{random.randint(10**9, 10**10)}", "event_time": int(time.time()),
            "authorizations": [{"enterprise_id": None, "team_id": "T0SYNTHETIC", "user_id": "U0SCREENBOT",
                                "is_bot": True, "is_enterprise_install": False}],
            "is_ext_shared_channel": False, "event_context": "4-synthetic"}


def slack_click(user: str, channel: str, shown: Call, value: str) -> str:
    """The form body Slack posts when the person clicks a button of the bot's message `shown`."""
    action = next(e for e in shown.json["blocks"][1]["elements"] if e["value"] == value)
    payload = {"type": "block_actions",
               "user": {"id": user, "username": "test.person", "name": "test.person", "team_id": "T0SYNTHETIC"},
               "api_app_id": "A0SYNTHETIC", "token": "synthetic-verification-token",
               "container": {"type": "message", "message_ts": "1700000000.000100", "channel_id": channel,
                             "is_ephemeral": False},
               "trigger_id": "1.synthetic", "team": {"id": "T0SYNTHETIC", "domain": "synthetic"},
               "channel": {"id": channel, "name": "directmessage"},
               "message": {"type": "message", "text": shown.json["text"], "user": "U0SCREENBOT",
                           "ts": "1700000000.000100", "bot_id": "B0SYNTHETIC", "blocks": shown.json["blocks"]},
               "response_url": "https://hooks.slack.com/actions/T0SYNTHETIC/1/synthetic",
               "actions": [{"action_id": "a1", "block_id": "b2", "text": action["text"], "value": value,
                            "type": "button", "action_ts": f"{time.time():.6f}"}]}
    return urlencode({"payload": json.dumps(payload)})


async def post_slack(http, body: bytes, content_type: str, **signing) -> tuple[int, str]:
    async with http.post(f"{WEBHOOKS}/slack/webhook", data=body,
                         headers=slack_headers(body, content_type, **signing)) as answer:
        return answer.status, await answer.text()


def _posted(call: Call) -> bool:
    return call.path == "/api/chat.postMessage"


async def test_slack(http):
    user, channel = f"U{random.randint(10**9, 10**10)}", f"D{random.randint(10**9, 10**10)}"
    with StandIn(SLACK_API_PORT, slack_answer) as api:
        check = json.dumps({"token": "synthetic", "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
                            "type": "url_verification"}).encode()
        assert await post_slack(http, check, "application/json") == (
            200, "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P")
        event = json.dumps(slack_event(user, channel, "hi")).encode()
        assert (await post_slack(http, event, "application/json", secret="not-the-secret"))[0] == 400

        assert (await post_slack(http, event, "application/json"))[0] == 200
        greeting = await api.next_call_async(_posted)
        assert greeting.headers["Authorization"] == "Bearer " + CHANNEL_ENV["SLACK_BOT_TOKEN"]
        assert greeting.json["channel"] == channel and greeting.json["text"] == GREETING["text"]
        assert [(e["text"]["text"], e["value"]) for e in greeting.json["blocks"][1]["elements"]] == buttons(GREETING)

        click = slack_click(user, channel, greeting, QUALIFY).encode()
        assert (await post_slack(http, click, "application/x-www-form-urlencoded"))[0] == 200
        consent = await api.next_call_async(_posted)
        assert consent.json["text"] == CONSENT["text"]
        assert [(e["text"]["text"], e["value"]) for e in consent.json["blocks"][1]["elements"]] == buttons(CONSENT)

        click = slack_click(user, channel, consent, AGREE).encode()
        assert (await post_slack(http, click, "application/x-www-form-urlencoded"))[0] == 200
        age = await api.next_call_async(_posted)
        assert age.json["text"] == AGE["text"] and "blocks" not in age.json


# ---------------------------------------------------------------------------------- Facebook Messenger

PAGE_ID = "105550100000001"


def messenger_event(psid: str, **event) -> dict:
    now = int(time.time() * 1000)
    return {"object": "page", "entry": [{"id": PAGE_ID, "time": now, "messaging": [
        {"sender": {"id": psid}, "recipient": {"id": PAGE_ID}, "timestamp": now, **event}]}]}


async def post_messenger(http, payload: dict, secret: str = CHANNEL_ENV["FACEBOOK_APP_SECRET"]) -> int:
    """Signed as Meta signs: X-Hub-Signature-256 (and the older SHA-1 X-Hub-Signature) over the body."""
    body = json.dumps(payload).encode()
    headers = {"Content-Type": "application/json",
               "X-Hub-Signature": "sha1=" + hmac.new(secret.encode(), body, hashlib.sha1).hexdigest(),
               "X-Hub-Signature-256": "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()}
    async with http.post(f"{WEBHOOKS}/facebook/webhook", data=body, headers=headers) as answer:
        return answer.status


def _message(call: Call) -> bool:
    return call.path == "/v2.12/me/messages" and "message" in (call.json or {})


async def test_facebook_messenger(http):
    psid = str(random.randint(10**15, 10**16))
    with StandIn(FACEBOOK_API_PORT, facebook_answer) as api:
        query = {"hub.mode": "subscribe", "hub.verify_token": CHANNEL_ENV["FACEBOOK_VERIFY_TOKEN"],
                 "hub.challenge": "1158201444"}
        async with http.get(f"{WEBHOOKS}/facebook/webhook", params=query) as answer:
            assert (answer.status, await answer.text()) == (200, "1158201444")
        hello = messenger_event(psid, message={"mid": "m_synthetic1", "text": "hi"})
        assert await post_messenger(http, hello, secret="not-the-app-secret") == 403
        assert api.drain() == []

        assert await post_messenger(http, hello) == 200
        greeting = api.next_call(_message)
        assert greeting.query["access_token"] == CHANNEL_ENV["FACEBOOK_PAGE_ACCESS_TOKEN"]
        assert greeting.json["recipient"] == {"id": psid}
        # "What is the study about?" is over Messenger's 20-character button title: numbered options.
        assert greeting.json["message"] == {"text": numbered(GREETING)}

        assert await post_messenger(http, messenger_event(psid, message={"mid": "m_synthetic2", "text": "1"})) == 200
        consent = api.next_call(_message)
        template = consent.json["message"]["attachment"]["payload"]
        assert template["template_type"] == "button" and template["text"] == CONSENT["text"]
        assert [(b["title"], b["payload"]) for b in template["buttons"]] == buttons(CONSENT)

        tapped = {"mid": "m_synthetic3", "title": CONSENT["buttons"][0]["title"], "payload": AGREE}
        assert await post_messenger(http, messenger_event(psid, postback=tapped)) == 200
        assert api.next_call(_message).json["message"] == {"text": AGE["text"]}
