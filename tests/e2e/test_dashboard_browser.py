"""In a real browser: the study team signs in and reads a screening; and, over plain HTTP, no
dashboard or export route answers without a signed-in session."""

from __future__ import annotations

import http.client
import io
import time
from dataclasses import replace

import pytest

from bot.config import settings as read_settings
from bot.records import ScreeningRepository
from bot.web import create_app
from bot.web.users import main as users_command
from tests.e2e.conftest import BROWSER_OUTPUT, WEB_PORT, REPLY_TIMEOUT_S

pytestmark = pytest.mark.e2e

ACCOUNT, PASSWORD = "browser-coordinator", "another long synthetic passphrase"
TIMEOUT_MS = REPLY_TIMEOUT_S * 1000
SMOKER = ["am I eligible", "ok", "58", "yes", "I still smoke, trying to cut down"]


def test_the_study_team_signs_in_finds_a_screening_and_reads_each_criterion(browser, web_url, rest, server_env):
    started = time.monotonic()
    sender = "e2e-browser-dashboard-1"
    for message in SMOKER:
        rest.say(sender, message)
    repository = ScreeningRepository(server_env["DATABASE_URL"])
    try:
        screening = repository.get_screening(sender)
        # The widget test's screening, when it ran first in this session (made over socket.io).
        from_widget = [row for row in repository.search_screenings(outcome="likely_eligible", limit=50)
                       if row["channel"] == "socketio"]
    finally:
        repository.close()
    assert screening["outcome"] == "not_eligible"
    assert users_command(["add", ACCOUNT, "--password-stdin"], stdin=io.StringIO(PASSWORD + "\n"),
                        database_url=server_env["DATABASE_URL"]) == 0

    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    try:
        page.goto(web_url + "/screenings?outcome=not_eligible")
        assert page.url.startswith(web_url + "/login")
        page.get_by_label("Name").fill(ACCOUNT)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_url(web_url + "/screenings?outcome=not_eligible", timeout=TIMEOUT_MS)
        assert page.get_by_text(f"Signed in as {ACCOUNT}").is_visible()

        # The filter form: "Likely eligible" lists the widget's screening, "Not eligible" the smoker's.
        if from_widget:
            page.get_by_label("Outcome").select_option(label="Likely eligible")
            page.get_by_role("button", name="Apply filters").click()
            page.wait_for_url("**/screenings?outcome=likely_eligible*", timeout=TIMEOUT_MS)
            assert page.locator(f'a[href="/screenings/{from_widget[0]["id"]}"]').count() == 1
            page.screenshot(path=str(BROWSER_OUTPUT / "dashboard-list.png"))
            page.get_by_label("Outcome").select_option(label="Not eligible")
            page.get_by_role("button", name="Apply filters").click()
            page.wait_for_url("**/screenings?outcome=not_eligible*", timeout=TIMEOUT_MS)
        link = page.locator(f'a[href="/screenings/{screening["id"]}"]')
        assert link.count() == 1
        if not from_widget:
            page.screenshot(path=str(BROWSER_OUTPUT / "dashboard-list.png"))
        link.click()

        page.wait_for_url(f"{web_url}/screenings/{screening['id']}", timeout=TIMEOUT_MS)
        assert page.get_by_role("heading", level=1).inner_text() == f"Screening #{screening['id']}"
        criteria = page.get_by_role("region", name="Criteria")
        row = criteria.get_by_role("row").filter(has=page.get_by_role("rowheader", name="nicotine_free"))
        assert row.get_by_role("cell").nth(1).inner_text() == "Not met"
        assert criteria.get_by_role("rowheader").count() >= 5  # one row per criterion
        answers = page.get_by_role("region", name="Answers")
        assert answers.get_by_text("I still smoke, trying to cut down").count() >= 1
        page.screenshot(path=str(BROWSER_OUTPUT / "dashboard-detail.png"))

        page.get_by_role("button", name="Sign out").click()
        page.wait_for_url("**/login", timeout=TIMEOUT_MS)
        page.goto(f"{web_url}/screenings/{screening['id']}")
        assert page.url.startswith(web_url + "/login")
    finally:
        context.close()
    assert time.monotonic() - started < 60


# Every route of the web app, and how it answers without a session. A route added to bot/web/app.py
# fails the test below until it is listed here.
PUBLIC = {"/": 200, "/login": 200, "/static/demo.css": 200, "/static/dashboard.css": 200,
          "/widget/widget.js": 200, "/widget/widget.css": 200, "/widget/vendor/socket.io.min.js": 200}
SIGNED_IN_ONLY = [
    ("GET", "/screenings"), ("GET", "/screenings?outcome=not_eligible"), ("GET", "/screenings.csv"),
    ("GET", "/screenings.csv?outcome=likely_eligible"), ("GET", "/screenings/{screening_id}"),
    ("GET", "/screenings/999999"), ("POST", "/logout"), ("POST", "/screenings"),
]
ROUTES = {("GET", "/"), ("HEAD", "/"), ("GET", "/login"), ("HEAD", "/login"), ("POST", "/login"),
          ("POST", "/logout"), ("GET", "/screenings"), ("HEAD", "/screenings"), ("GET", "/screenings.csv"),
          ("HEAD", "/screenings.csv"), ("GET", "/screenings/{screening_id}"), ("HEAD", "/screenings/{screening_id}"),
          ("GET", "/static"), ("HEAD", "/static"), ("GET", "/widget"), ("HEAD", "/widget")}


def test_every_route_is_listed_here() -> None:
    app = create_app(replace(read_settings(), database_url="sqlite://", dashboard_secret="unused-test-secret-0123456789"))
    found = {(route.method, route.resource.canonical) for route in app.router.routes()}
    assert found == ROUTES


def _request(method: str, path: str) -> http.client.HTTPResponse:
    connection = http.client.HTTPConnection("127.0.0.1", WEB_PORT, timeout=10)
    connection.request(method, path, body=b"" if method == "POST" else None)
    response = connection.getresponse()
    response.body = response.read()
    connection.close()
    return response


def test_no_dashboard_or_export_route_answers_without_a_session(web_url, rest) -> None:
    rest.say("e2e-routes-1", "hi")
    for path, status in PUBLIC.items():
        assert _request("GET", path).status == status, path
    for method, path in SIGNED_IN_ONLY:
        response = _request(method, path.replace("{screening_id}", "1"))
        if method == "GET" and not path.startswith("/screenings.csv"):
            assert response.status == 303, (method, path)
            assert response.getheader("Location").startswith("/login"), (method, path)
        else:
            assert response.status == 401, (method, path)
        assert b"screening_id" not in response.body and b"<table" not in response.body
