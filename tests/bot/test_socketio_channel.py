"""The socket.io channel (the website widget): sessions join their room, and outages are reported."""

from __future__ import annotations

from unittest.mock import AsyncMock

from rasa.core.channels.channel import UserMessage

from bot.channels import SocketIOInputReportingOutages, outage_text

CREDENTIALS = {"user_message_evt": "user_uttered", "bot_message_evt": "bot_uttered", "session_persistence": True}


def _channel(on_new_message):
    channel = SocketIOInputReportingOutages.from_credentials(CREDENTIALS)
    channel.blueprint(on_new_message)
    channel.sio.enter_room = AsyncMock()
    channel.sio.emit = AsyncMock()
    return channel


def _handler(channel, event: str):
    return channel.sio.handlers["/"][event]


async def _nothing(message: UserMessage) -> None:
    """Rasa's behaviour when a custom action fails: it logs and sends nothing."""


def test_the_channel_keeps_rasas_name() -> None:
    assert SocketIOInputReportingOutages.name() == "socketio"


async def test_a_session_request_joins_the_sessions_room_and_confirms_it() -> None:
    channel = _channel(_nothing)
    await _handler(channel, "session_request")("sid-1", {"session_id": "a1b2c3d4e5f6"})
    channel.sio.enter_room.assert_awaited_once_with("sid-1", "a1b2c3d4e5f6", namespace=None)
    channel.sio.emit.assert_awaited_once_with("session_confirm", "a1b2c3d4e5f6", room="sid-1", namespace=None)


async def test_a_missing_or_odd_session_id_gets_a_fresh_one() -> None:
    channel = _channel(_nothing)
    for data in (None, {}, {"session_id": None}, {"session_id": "x" * 500}, {"session_id": "<b>1234567</b>"}):
        channel.sio.emit.reset_mock()
        await _handler(channel, "session_request")("sid-2", data)
        new_id = channel.sio.emit.await_args.args[1]
        assert len(new_id) == 32 and new_id.isalnum()


async def test_a_down_action_server_is_told_to_the_widget(monkeypatch, unused_tcp_port) -> None:
    monkeypatch.setenv("ACTION_ENDPOINT_URL", f"http://127.0.0.1:{unused_tcp_port}/webhook")
    channel = _channel(_nothing)
    await _handler(channel, "user_uttered")("sid-3", {"message": "hello", "session_id": "a1b2c3d4e5f6"})
    channel.sio.emit.assert_awaited_once_with("bot_uttered", {"text": outage_text()}, room="a1b2c3d4e5f6")
