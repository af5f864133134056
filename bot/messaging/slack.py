"""Slack: Rasa's channel with a configurable Web API address, direct messages only.

Changes from Rasa's channel, each for a reason:
- only direct messages are answered (Rasa also answers @mentions in any channel): a screening
  in a shared channel would show health answers to everyone there;
- Slack's URL check (`url_verification`) is answered with the plain challenge, a form Slack
  documents (Rasa answers a JSON string);
- more than five buttons (Slack's limit; Rasa would drop them all) become numbered options.
"""

from __future__ import annotations

import logging
from typing import Any, Awaitable, Callable, Optional

from rasa.core.channels import slack
from rasa.core.channels.channel import UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels import reporting_outages
from bot.messaging.options import NumberedOptions, OfferedOptions, choosing_options

logger = logging.getLogger(__name__)
SLACK_API = "https://slack.com/api/"


class SlackOutput(NumberedOptions, slack.SlackBot):
    def __init__(self, token: str, channel: Optional[str], thread_id: Optional[str], proxy: Optional[str],
                 api_url: str, offers: OfferedOptions) -> None:
        super().__init__(token, channel, thread_id, proxy)
        self.client.base_url = api_url.rstrip("/") + "/"
        self.offers = offers

    def shows_buttons(self, text: str, buttons: list[dict[str, Any]]) -> bool:
        # Slack's limits: 5 buttons in Rasa's block, 75 characters a label, 3000 a text block.
        return (len(buttons) <= 5 and len(text) <= 3000
                and all(len(str(b.get("title", ""))) <= 75 for b in buttons))


class SlackInput(slack.SlackInput):
    @classmethod
    def from_credentials(cls, credentials: Optional[dict[str, Any]]) -> "SlackInput":
        channel = super().from_credentials(credentials)
        channel.api_url = (credentials or {}).get("api_url") or SLACK_API
        return channel  # type: ignore[return-value]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.api_url = SLACK_API
        self.offers = OfferedOptions()

    def _is_supported_channel(self, slack_event: dict, metadata: dict) -> bool:
        return self._is_direct_message(slack_event)

    def get_output_channel(self, channel: Optional[str] = None, thread_id: Optional[str] = None) -> SlackOutput:
        return SlackOutput(self.slack_token, channel or self.slack_channel, thread_id, self.proxy,
                           self.api_url, self.offers)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = super().blueprint(reporting_outages(choosing_options(self.offers, on_new_message)))

        @webhook.on_request
        async def url_verification(request: Request) -> Optional[HTTPResponse]:
            if request.method != "POST" or request.headers.get("content-type") != "application/json":
                return None
            body = request.json
            if isinstance(body, dict) and body.get("type") == "url_verification" \
                    and self.is_request_from_slack_authentic(request):
                return response.text(str(body.get("challenge", "")))
            return None

        return webhook
