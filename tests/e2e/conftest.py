"""Starts the real action and Rasa servers once for the end-to-end tests, on ports of their own."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[2]
RASA_PORT, ACTION_PORT, WEB_PORT = 5105, 5155, 5180
SCREENING_DATE = "2026-11-25"


class RestClient:
    def __init__(self, base: str):
        self.base = base

    def _call(self, method: str, path: str, body=None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.base + path, data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.loads(response.read() or b"null")

    def say(self, sender: str, text: str) -> list[dict]:
        return self._call("POST", "/webhooks/rest/webhook", {"sender": sender, "message": text})

    def slots(self, sender: str) -> dict:
        return self._call("GET", f"/conversations/{sender}/tracker?include_events=NONE")["slots"]


def _wait(url: str, process: subprocess.Popen, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"`bot run` exited with {process.returncode}")
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except (urllib.error.URLError, OSError):
            time.sleep(1)
    raise RuntimeError(f"{url} did not answer within {seconds} s")


@pytest.fixture(scope="session")
def server_env(tmp_path_factory) -> dict:
    data_dir = tmp_path_factory.mktemp("e2e-data")
    env = dict(os.environ)
    env.update({
        "SCREENING_DATE": SCREENING_DATE,
        "RASA_PORT": str(RASA_PORT), "ACTION_PORT": str(ACTION_PORT), "WEB_PORT": str(WEB_PORT),
        "ACTION_ENDPOINT_URL": f"http://127.0.0.1:{ACTION_PORT}/webhook",
        "DATABASE_URL": f"sqlite:///{data_dir / 'screenings.db'}",
        "TRACKER_STORE_URL": f"sqlite:///{data_dir / 'tracker.db'}",
    })
    return env


@pytest.fixture(scope="session")
def rest(server_env) -> RestClient:
    log = open(Path(server_env["DATABASE_URL"].removeprefix("sqlite:///")).with_name("servers.log"), "w")
    process = subprocess.Popen([sys.executable, "-m", "bot.cli", "run"], cwd=PROJECT_ROOT,
                               env=server_env, stdout=log, stderr=subprocess.STDOUT)
    try:
        _wait(f"http://127.0.0.1:{ACTION_PORT}/health", process, 300)
        _wait(f"http://127.0.0.1:{RASA_PORT}/status", process, 300)
        yield RestClient(f"http://127.0.0.1:{RASA_PORT}")
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()
