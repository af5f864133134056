"""`bot run` also starts the study team's dashboard, which shows nothing without signing in."""

from __future__ import annotations

import http.cookiejar
import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request

import pytest

from tests.e2e.conftest import PROJECT_ROOT, WEB_PORT

pytestmark = pytest.mark.e2e
BASE = f"http://127.0.0.1:{WEB_PORT}"


def test_the_dashboard_needs_a_sign_in_then_lists_the_screenings(rest, server_env):
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(f"{BASE}/screenings.csv", timeout=10)
    assert refused.value.code == 401

    for message in ["can I join?", "yes", "I'm 58", "yes copd", "I still smoke"]:
        rest.say("e2e-dashboard-1", message)
    subprocess.run([sys.executable, "-m", "bot.web.users", "add", "coordinator", "--password-stdin"],
                   input="a long synthetic passphrase\n", text=True, cwd=PROJECT_ROOT, env=server_env,
                   check=True)
    browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    login_page = browser.open(f"{BASE}/login", timeout=10).read().decode()
    token = re.search(r'name="csrf_token" value="([^"]+)"', login_page).group(1)
    form = urllib.parse.urlencode({"name": "coordinator", "password": "a long synthetic passphrase",
                                   "csrf_token": token}).encode()
    browser.open(f"{BASE}/login", data=form, timeout=10)
    listing = browser.open(f"{BASE}/screenings?outcome=not_eligible", timeout=10).read().decode()
    assert re.search(r'href="/screenings/\d+"', listing), "the smoker's screening is listed"
    assert "No screenings match" not in listing
