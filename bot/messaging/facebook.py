"""Facebook Messenger: Rasa's channel with a configurable Graph API address.

Changes from Rasa's channel, each for a reason:
- the webhook checks X-Hub-Signature-256 (SHA-256, compared in constant time), which Meta
  sends on every event; Rasa checks the older SHA-1 header with a plain comparison;
- buttons Messenger's button template cannot carry (more than 3, a title over 20 characters, a
  text over 640; Rasa drops the buttons or the API refuses the message) become numbered options.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from typing import Any, Awaitable, Callable, Optional

from fbmessenger import MessengerClient
from rasa.core.channels import facebook
from rasa.core.channels.channel import UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels import reporting_outages
from bot.messaging.options import NumberedOptions, OfferedOptions, choosing_options

logger = logging.getLogger(__name__)
# fbmessenger's default version; Meta serves calls to a retired version with the oldest live one.
GRAPH_API = "https://graph.facebook.com/v2.12"


class FacebookOutput(NumberedOptions, facebook.MessengerBot):
    def __init__(self, client: MessengerClient, offers: OfferedOptions) -> None:
        super().__init__(client)
        self.offers = offers

    def shows_buttons(self, text: str, buttons: list[dict[str, Any]]) -> bool:
        return (len(buttons) <= 3 and len(text) <= 640
                and all(len(str(b.get("title", ""))) <= 20 for b in buttons))


class _Messenger(facebook.Messenger):
    def __init__(self, page_access_token: str, on_new_message: Callable[[UserMessage], Awaitable[Any]],
                 graph_url: str) -> None:
        super().__init__(page_access_token, on_new_message)
        self.client.graph_url = graph_url.rstrip("/")


class FacebookInput(facebook.FacebookInput):
    @classmethod
    def from_credentials(cls, credentials: Optional[dict[str, Any]]) -> "FacebookInput":
        if not credentials:
            cls.raise_missing_credentials_exception()
        return cls(credentials["verify"], credentials["secret"], credentials["page-access-token"],
                   credentials.get("graph_url") or GRAPH_API)

    def __init__(self, fb_verify: str, fb_secret: str, fb_access_token: str, graph_url: str = GRAPH_API) -> None:
        super().__init__(fb_verify, fb_secret, fb_access_token)
        self.graph_url = graph_url
        self.offers = OfferedOptions()

    def get_output_channel(self) -> FacebookOutput:
        client = MessengerClient(self.fb_access_token)
        client.graph_url = self.graph_url.rstrip("/")
        return FacebookOutput(client, self.offers)

    def signed(self, request: Request) -> bool:
        expected = "sha256=" + hmac.new(self.fb_secret.encode(), request.body, hashlib.sha256).hexdigest()
        return hmac.compare_digest(request.headers.get("X-Hub-Signature-256", ""), expected)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        async def with_numbered_options(message: UserMessage) -> Any:
            # Rasa's Messenger builds its own output channel; ours shares its client.
            message.output_channel = FacebookOutput(message.output_channel.messenger_client, self.offers)
            return await handle(message)

        handle = reporting_outages(choosing_options(self.offers, on_new_message))
        webhook = Blueprint("fb_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["GET"])
        async def token_verification(request: Request) -> HTTPResponse:
            if request.args.get("hub.mode") == "subscribe" and hmac.compare_digest(
                    request.args.get("hub.verify_token", ""), self.fb_verify):
                return response.text(request.args.get("hub.challenge", ""))
            logger.warning("facebook: webhook verification with a wrong verify token")
            return response.text("failure, invalid token", status=403)

        @webhook.route("/webhook", methods=["POST"])
        async def message(request: Request) -> HTTPResponse:
            if not self.signed(request):
                logger.warning("facebook: refused an event without a valid X-Hub-Signature-256")
                return response.text("not validated", status=403)
            messenger = _Messenger(self.fb_access_token, with_numbered_options, self.graph_url)
            await messenger.handle(request.json, self.get_metadata(request))
            return response.text("success")

        return webhook
