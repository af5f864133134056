"""Telegram: Rasa's channel with a configurable Bot API address and a secret webhook token.

Changes from Rasa's channel, each for a reason:
- the webhook is not registered when the server starts (Rasa does, and a Telegram outage would
  then stop the whole server): call /webhooks/telegram/set_webhook once (README);
- registering sends `secret_token`, and updates without the matching
  X-Telegram-Bot-Api-Secret-Token header are refused (Rasa 3.6 accepts anyone's updates);
- a pressed button is acknowledged (answerCallbackQuery), or Telegram shows it loading;
- the bot's name from getMe, which Rasa compares with `verify` on every update, is asked once;
- Telegram's "/start" (the first message of every chat) is read as a greeting.
"""

from __future__ import annotations

import hmac
import json
import logging
from typing import Any, Awaitable, Callable, Optional

from aiogram.bot.api import TelegramAPIServer
from aiogram.utils.exceptions import TelegramAPIError
from rasa.core.channels import telegram
from rasa.core.channels.channel import UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels import reporting_outages
from bot.messaging.options import NumberedOptions, OfferedOptions, choosing_options

logger = logging.getLogger(__name__)
TELEGRAM_API = "https://api.telegram.org"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
CALLBACK_DATA_BYTES = 64  # Telegram's limit for a button's payload
GREETING = "/greet"


class TelegramOutput(NumberedOptions, telegram.TelegramOutput):
    def __init__(self, access_token: str, api_url: str, secret_token: str, offers: OfferedOptions) -> None:
        super().__init__(access_token)
        self.server = TelegramAPIServer.from_base(api_url)
        self.secret_token = secret_token
        self.offers = offers
        self._me: Any = None

    def shows_buttons(self, text: str, buttons: list[dict[str, Any]]) -> bool:
        return all(0 < len(str(b.get("payload", "")).encode()) <= CALLBACK_DATA_BYTES for b in buttons)

    async def get_me(self) -> Any:
        if self._me is None:
            self._me = await super().get_me()
        return self._me

    async def set_webhook(self, url: Optional[str], **kwargs: Any) -> bool:
        # aiogram 2.15 predates the secret_token parameter. Edited messages are not asked for:
        # Rasa would read an edit of an earlier answer as the answer to the current question.
        return await self.request("setWebhook", {
            "url": url, "secret_token": self.secret_token,
            "allowed_updates": json.dumps(["message", "callback_query"])})


class TelegramInput(telegram.TelegramInput):
    @classmethod
    def from_credentials(cls, credentials: Optional[dict[str, Any]]) -> "TelegramInput":
        if not credentials:
            cls.raise_missing_credentials_exception()
        return cls(credentials["access_token"], credentials["verify"], credentials["webhook_url"],
                   credentials["secret_token"], credentials.get("api_url") or TELEGRAM_API)

    def __init__(self, access_token: str, verify: str, webhook_url: str, secret_token: str,
                 api_url: str = TELEGRAM_API) -> None:
        super().__init__(access_token, verify, webhook_url, debug_mode=False)
        self.secret_token = secret_token
        self.api_url = api_url
        self.offers = OfferedOptions()
        self._output: Optional[TelegramOutput] = None

    def get_output_channel(self) -> TelegramOutput:
        if self._output is None:
            self._output = TelegramOutput(self.access_token, self.api_url, self.secret_token, self.offers)
        return self._output

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        async def greeting_on_start(message: UserMessage) -> Any:
            if message.text == "/start" or (message.text or "").startswith("/start "):
                message.text = GREETING
            return await on_new_message(message)

        webhook = super().blueprint(reporting_outages(choosing_options(self.offers, greeting_on_start)))

        @webhook.on_request
        async def authenticate(request: Request) -> Optional[HTTPResponse]:
            if request.method != "POST" or not request.path.endswith("/webhook"):
                return None
            if not hmac.compare_digest(request.headers.get(SECRET_HEADER, ""), self.secret_token):
                logger.warning("telegram: refused an update without the webhook's secret token")
                return response.text("", status=403)
            query = (request.json or {}).get("callback_query") if isinstance(request.json, dict) else None
            if query and query.get("id"):
                try:
                    await self.get_output_channel().answer_callback_query(query["id"])
                except TelegramAPIError as error:
                    logger.warning("telegram: could not acknowledge a button (%s)", type(error).__name__)
            return None

        return webhook
