"""Twilio SMS and WhatsApp: Rasa's Twilio channel, with buttons as numbered options.

Changes from Rasa's channel, each for a reason:
- every webhook must carry Twilio's X-Twilio-Signature for `webhook_url` (Rasa 3.6 checks none, so
  anyone could make the bot text any number);
- the conversation id is a keyed hash of the person's number, so phone numbers stay out of the
  tracker store, the screening records and the logs; the reply goes to the number in the request;
- the reply comes from the number the person wrote to (`To`), so SMS and WhatsApp (`whatsapp:+1...`)
  share one webhook;
- sending runs off the event loop (Twilio's client blocks) and failures are logged without numbers.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
from typing import Any, Awaitable, Callable, Optional

from rasa.core.channels import twilio
from rasa.core.channels.channel import UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from twilio.base.exceptions import TwilioRestException
from twilio.request_validator import RequestValidator

from bot.channels import reporting_outages
from bot.messaging.options import NumberedOptions, OfferedOptions, choosing_options

logger = logging.getLogger(__name__)
TWILIO_API = "https://api.twilio.com"


class TwilioOutput(NumberedOptions, twilio.TwilioOutput):
    def __init__(self, account_sid: str, auth_token: str, reply_from: Optional[str], address: Optional[str],
                 api_url: str, offers: OfferedOptions) -> None:
        super().__init__(account_sid, auth_token, reply_from)
        self.address = address
        self.api_url = api_url.rstrip("/")
        self.offers = offers

    def request(self, method: str, uri: str, *args: Any, **kwargs: Any) -> Any:
        if uri.startswith(TWILIO_API):
            uri = self.api_url + uri[len(TWILIO_API):]
        return super().request(method, uri, *args, **kwargs)

    async def _send_message(self, message_data: dict[str, Any]) -> Any:
        message_data = {**message_data, "to": self.address or message_data["to"]}
        try:
            return await asyncio.to_thread(self.messages.create, **message_data)
        except TwilioRestException as error:
            # Twilio's message text can quote the phone number: log only the codes.
            logger.error("twilio: sending failed (HTTP %s, Twilio error %s)", error.status, error.code)
        except OSError as error:
            logger.error("twilio: sending failed (%s)", type(error).__name__)
        return None


class TwilioInput(twilio.TwilioInput):
    @classmethod
    def from_credentials(cls, credentials: Optional[dict[str, Any]]) -> "TwilioInput":
        if not credentials:
            cls.raise_missing_credentials_exception()
        return cls(credentials["account_sid"], credentials["auth_token"], credentials["webhook_url"],
                   credentials.get("api_url") or TWILIO_API)

    def __init__(self, account_sid: str, auth_token: str, webhook_url: str, api_url: str = TWILIO_API) -> None:
        super().__init__(account_sid, auth_token, None, debug_mode=False)
        self.webhook_url = webhook_url
        self.api_url = api_url
        self.offers = OfferedOptions()
        self.validator = RequestValidator(auth_token)

    def conversation_id(self, address: str) -> str:
        digest = hmac.new(self.auth_token.encode(), address.encode(), hashlib.sha256).hexdigest()
        return f"twilio-{digest[:24]}"

    def get_output_channel(self, reply_from: Optional[str] = None, address: Optional[str] = None) -> TwilioOutput:
        return TwilioOutput(self.account_sid, self.auth_token, reply_from, address, self.api_url, self.offers)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        handle = reporting_outages(choosing_options(self.offers, on_new_message))
        webhook = Blueprint("twilio_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def message(request: Request) -> HTTPResponse:
            signature = request.headers.get("X-Twilio-Signature", "")
            if not self.validator.validate(self.webhook_url, request.form, signature):
                logger.warning("twilio: refused a request without a valid X-Twilio-Signature")
                return response.text("", status=403)
            address, text = request.form.get("From"), (request.form.get("Body") or "").strip()
            if address and text:
                output = self.get_output_channel(request.form.get("To"), address)
                # Some carriers turn @ into ¡ in SMS (as in Rasa's channel).
                await handle(UserMessage(text.replace("¡", "@"), output, self.conversation_id(address),
                                         input_channel=self.name()))
            return response.text("", status=204)

        return webhook
