"""Starts the real action and Rasa servers once for the end-to-end tests, on ports of their own."""

from __future__ import annotations

import json
import os
import signal
import socket
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
# How long one reply may take. A reply takes well under a second on an idle machine, but CI shares
# two cores with other services: a slow reply there is not a failure of the product.
REPLY_TIMEOUT_S = 180
# Every messaging channel on, with synthetic secrets, each talking to a loopback stand-in of its
# provider's API on a fixed port (tests/e2e/test_messaging_channels.py starts the stand-ins).
TELEGRAM_API_PORT, TWILIO_API_PORT, SLACK_API_PORT, FACEBOOK_API_PORT = 5190, 5191, 5192, 5193
CHANNEL_ENV = {
    "TELEGRAM_ACCESS_TOKEN": "123456789:synthetic-telegram-token",
    "TELEGRAM_BOT_USERNAME": "copd_screening_test_bot",
    "TELEGRAM_WEBHOOK_URL": "https://screening.example.test/webhooks/telegram/webhook",
    "TELEGRAM_SECRET_TOKEN": "synthetic-telegram-secret",
    "TELEGRAM_API_URL": f"http://127.0.0.1:{TELEGRAM_API_PORT}",
    "TWILIO_ACCOUNT_SID": "AC00000000000000000000000000synth",
    "TWILIO_AUTH_TOKEN": "synthetic-twilio-auth-token",
    "TWILIO_WEBHOOK_URL": "https://screening.example.test/webhooks/twilio/webhook",
    "TWILIO_API_URL": f"http://127.0.0.1:{TWILIO_API_PORT}",
    "SLACK_BOT_TOKEN": "xoxb-synthetic-slack-token",
    "SLACK_SIGNING_SECRET": "synthetic-slack-signing-secret",
    "SLACK_API_URL": f"http://127.0.0.1:{SLACK_API_PORT}/api/",
    "FACEBOOK_VERIFY_TOKEN": "synthetic-facebook-verify-token",
    "FACEBOOK_APP_SECRET": "synthetic-facebook-app-secret",
    "FACEBOOK_PAGE_ACCESS_TOKEN": "synthetic-facebook-page-token",
    "FACEBOOK_GRAPH_URL": f"http://127.0.0.1:{FACEBOOK_API_PORT}/v2.12",
}


class RestClient:
    def __init__(self, base: str):
        self.base = base

    def _call(self, method: str, path: str, body=None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.base + path, data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=REPLY_TIMEOUT_S) as response:
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
        **CHANNEL_ENV,
    })
    return env


def _port_in_use(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


@pytest.fixture(scope="session")
def rest(server_env) -> RestClient:
    # another run on these ports would answer in place of ours, and the tests would read its data
    busy = [port for port in (RASA_PORT, ACTION_PORT, WEB_PORT) if _port_in_use(port)]
    if busy:
        raise RuntimeError(f"ports {busy} are already in use: is another end-to-end run going on?")
    log = open(Path(server_env["DATABASE_URL"].removeprefix("sqlite:///")).with_name("servers.log"), "w")
    process = subprocess.Popen([sys.executable, "-m", "bot.cli", "run"], cwd=PROJECT_ROOT,
                               env=server_env, stdout=log, stderr=subprocess.STDOUT)
    try:
        _wait(f"http://127.0.0.1:{ACTION_PORT}/health", process, 300)
        _wait(f"http://127.0.0.1:{RASA_PORT}/status", process, 300)
        if process.poll() is not None:
            raise RuntimeError(f"`bot run` exited with {process.returncode}")
        yield RestClient(f"http://127.0.0.1:{RASA_PORT}")
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


# ---------------------------------------------------------------- the web app and a browser
# For the browser tests (tests/e2e/test_*_browser.py): Debian's chromium (`make browser`), driven by
# playwright, which never downloads a browser of its own.
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
BROWSER_OUTPUT = PROJECT_ROOT / "test-output" / "browser"


@pytest.fixture(scope="session")
def web_url(rest) -> str:
    """The web app that `bot run` starts next to Rasa: the demo page, the widget, the dashboard."""
    url = f"http://127.0.0.1:{WEB_PORT}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(url + "/login", timeout=2)
            return url
        except (urllib.error.URLError, OSError):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


# per module: playwright's sync API keeps an event loop running while it is open, which would break
# the asyncio tests (messaging channels) that run after the browser tests
@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: `make browser` (run by `make test`) installs Debian's chromium")
    from playwright.sync_api import sync_playwright

    BROWSER_OUTPUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()
