"""The REST channel tells the person when the action server is down, instead of going silent."""

from __future__ import annotations

from aiohttp import web
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage

from bot.channels import outage_text, reporting_outages


async def _answer_nothing(message: UserMessage) -> None:
    """Rasa's behaviour when a custom action fails: it logs and sends nothing."""


async def test_a_down_action_server_is_reported_in_plain_words(monkeypatch, unused_tcp_port):
    monkeypatch.setenv("ACTION_ENDPOINT_URL", f"http://127.0.0.1:{unused_tcp_port}/webhook")
    output = CollectingOutputChannel()
    await reporting_outages(_answer_nothing)(UserMessage("hello", output, "someone"))
    assert [m["text"] for m in output.messages] == [outage_text()]
    assert "try again" in outage_text()


async def test_nothing_is_added_while_the_action_server_is_up(monkeypatch, unused_tcp_port):
    app = web.Application()
    app.router.add_get("/health", lambda request: web.json_response({"status": "ok"}))
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", unused_tcp_port).start()
    monkeypatch.setenv("ACTION_ENDPOINT_URL", f"http://127.0.0.1:{unused_tcp_port}/webhook")
    output = CollectingOutputChannel()
    try:
        await reporting_outages(_answer_nothing)(UserMessage("hello", output, "someone"))
    finally:
        await runner.cleanup()
    assert output.messages == []
