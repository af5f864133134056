"""Loopback stand-ins of the providers' APIs (Telegram, Twilio, Slack, Messenger) for tests.

Each is an aiohttp server on 127.0.0.1 in a thread of its own (the Messenger client blocks, so it
must not share the test's event loop). It records every call and answers the way the provider
documents, with synthetic values.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import queue
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Optional

from aiohttp import web

_ids = itertools.count(1)


@dataclass
class Call:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    form: dict[str, str] = field(default_factory=dict)
    json: Any = None


def telegram_answer(call: Call) -> tuple[int, Any]:
    if call.path.endswith("/getMe"):
        return 200, {"ok": True, "result": {"id": 123456789, "is_bot": True, "first_name": "Screening",
                                            "username": "copd_screening_test_bot"}}
    if call.path.endswith("/sendMessage"):
        return 200, {"ok": True, "result": {
            "message_id": next(_ids), "date": int(time.time()), "text": call.form.get("text", ""),
            "from": {"id": 123456789, "is_bot": True, "first_name": "Screening"},
            "chat": {"id": int(call.form["chat_id"]), "type": "private", "first_name": "Test"}}}
    return 200, {"ok": True, "result": True}


def twilio_answer(call: Call) -> tuple[int, Any]:
    account = call.path.split("/")[3]
    sid = f"SM{next(_ids):032x}"
    return 201, {"sid": sid, "account_sid": account, "to": call.form.get("To"), "from": call.form.get("From"),
                 "body": call.form.get("Body"), "status": "queued", "num_segments": "1", "num_media": "0",
                 "direction": "outbound-api", "api_version": "2010-04-01", "price": None, "error_code": None,
                 "uri": f"/2010-04-01/Accounts/{account}/Messages/{sid}.json"}


def slack_answer(call: Call) -> tuple[int, Any]:
    body = call.json or {}
    return 200, {"ok": True, "channel": body.get("channel"), "ts": f"{time.time():.6f}",
                 "message": {"type": "message", "text": body.get("text"), "bot_id": "B0SYNTHETIC"}}


def facebook_answer(call: Call) -> tuple[int, Any]:
    body = call.json or {}
    answer = {"recipient_id": body.get("recipient", {}).get("id")}
    if "message" in body:
        answer["message_id"] = f"m_synthetic{next(_ids)}"
    return 200, answer


class StandIn:
    """`with StandIn(port, telegram_answer) as api:` ... `api.next_call()`."""

    def __init__(self, port: int, answer: Callable[[Call], tuple[int, Any]]) -> None:
        self.port, self.answer = port, answer
        self.calls: "queue.Queue[Call]" = queue.Queue()
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._runner: Optional[web.AppRunner] = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def _handle(self, request: web.Request) -> web.Response:
        body = await request.read()
        call = Call(request.method, request.path, dict(request.query), dict(request.headers))
        if request.content_type == "application/json" and body:
            call.json = json.loads(body)
        elif request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
            call.form = {key: str(value) for key, value in (await request.post()).items()}
        status, answer = self.answer(call)
        self.calls.put(call)
        return web.json_response(answer, status=status)

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        self._loop.run_until_complete(self._runner.setup())
        self._loop.run_until_complete(web.TCPSite(self._runner, "127.0.0.1", self.port).start())
        self._ready.set()
        self._loop.run_forever()

    def __enter__(self) -> "StandIn":
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError(f"the stand-in on port {self.port} did not start")
        return self

    def __exit__(self, *_: Any) -> None:
        if self._runner is not None:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()

    def next_call(self, where: Callable[[Call], bool] = lambda call: True, timeout: float = 30) -> Call:
        """The next recorded call that matches, skipping others (typing indicators, getMe, ...)."""
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"no matching call reached the stand-in on port {self.port}")
            try:
                call = self.calls.get(timeout=remaining)
            except queue.Empty:
                continue
            if where(call):
                return call

    async def next_call_async(self, where: Callable[[Call], bool] = lambda call: True, timeout: float = 30) -> Call:
        return await asyncio.to_thread(self.next_call, where, timeout)

    def drain(self) -> list[Call]:
        calls = []
        while not self.calls.empty():
            calls.append(self.calls.get_nowait())
        return calls
