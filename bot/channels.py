"""The REST and socket.io channels, plus a plain notice when the action server is down.

Rasa logs a failed custom action and carries on, so without this the person would get silence
(or half an answer) while the actions are down. The notice text is the domain's
`utter_service_unavailable` response.
"""

from __future__ import annotations

import logging
import re
import uuid
from functools import lru_cache
from typing import Any, Awaitable, Callable, Optional

import aiohttp
import yaml
from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput
from rasa.core.channels.socketio import SocketIOInput
from sanic import Blueprint

from bot.config import PROJECT_ROOT, settings

logger = logging.getLogger(__name__)
OUTAGE_RESPONSE = "utter_service_unavailable"
SESSION_ID = re.compile(r"[A-Za-z0-9_-]{8,64}")


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


class SocketIOInputReportingOutages(SocketIOInput):
    """Rasa's socket.io channel (the website widget), reporting outages like the REST one.

    It also repairs session persistence: Rasa 3.6 calls python-socketio's `enter_room` without
    awaiting it, but in the locked python-socketio (5.18) it is a coroutine, so the socket never
    joined its session's room and every reply to the session was lost.
    """

    @classmethod
    def name(cls) -> str:
        return "socketio"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        socketio_blueprint = super().blueprint(reporting_outages(on_new_message))
        sio = self.sio

        async def session_request(sid: str, data: Optional[dict]) -> None:
            data = data if isinstance(data, dict) else {}
            session_id = data.get("session_id")
            if not isinstance(session_id, str) or not SESSION_ID.fullmatch(session_id):
                session_id = uuid.uuid4().hex  # the id becomes the sender id: nothing odd or huge
            if self.session_persistence:
                await sio.enter_room(sid, session_id, namespace=self.namespace)
            await sio.emit("session_confirm", session_id, room=sid, namespace=self.namespace)

        sio.on("session_request", namespace=self.namespace)(session_request)  # replaces Rasa's handler
        return socketio_blueprint


def reporting_outages(on_new_message: Callable[[UserMessage], Awaitable[Any]]
                      ) -> Callable[[UserMessage], Awaitable[None]]:
    async def handle(message: UserMessage) -> None:
        await on_new_message(message)
        if not await action_server_is_up():
            logger.error("action server unreachable; the person was told")
            await message.output_channel.send_text_message(message.sender_id, outage_text())

    return handle
