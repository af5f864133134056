"""The REST channel, plus a plain notice when the action server is down.

Rasa logs a failed custom action and carries on, so without this the person would get silence
(or half an answer) while the actions are down. The notice text is the domain's
`utter_service_unavailable` response.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any, Awaitable, Callable

import aiohttp
import yaml
from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint

from bot.config import PROJECT_ROOT, settings

logger = logging.getLogger(__name__)
OUTAGE_RESPONSE = "utter_service_unavailable"


@lru_cache(maxsize=1)
def outage_text() -> str:
    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))
    return domain["responses"][OUTAGE_RESPONSE][0]["text"]


async def action_server_is_up() -> bool:
    url = settings().action_endpoint.rsplit("/", 1)[0] + "/health"
    try:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=2)) as session:
            async with session.get(url) as response:
                return response.status == 200
    except (aiohttp.ClientError, OSError, TimeoutError):
        return False


class RestInputReportingOutages(RestInput):
    """Same URL and payloads as Rasa's REST channel (`/webhooks/rest/webhook`)."""

    @classmethod
    def name(cls) -> str:
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        return super().blueprint(reporting_outages(on_new_message))


def reporting_outages(on_new_message: Callable[[UserMessage], Awaitable[Any]]
                      ) -> Callable[[UserMessage], Awaitable[None]]:
    async def handle(message: UserMessage) -> None:
        await on_new_message(message)
        if not await action_server_is_up():
            logger.error("action server unreachable; the person was told")
            await message.output_channel.send_text_message(message.sender_id, outage_text())

    return handle
