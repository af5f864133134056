"""Sign-in, sessions, CSRF, sign-out and the account CLI. Synthetic accounts only."""

from __future__ import annotations

import io
import time

import pytest
from sqlalchemy import select

from bot.records import DashboardUser, DashboardUsers
from bot.web import users as users_cli
from bot.web.app import SESSION_COOKIE, SIGNER
from bot.web.passwords import hash_password, verify_password
from bot.web.sessions import SessionSigner
from tests.bot.web.conftest import PASSWORD, USER, csrf_from, sign_in


def test_password_hash_is_salted_and_verifies() -> None:
    first, second = hash_password(PASSWORD), hash_password(PASSWORD)
    assert PASSWORD not in first
    assert first != second  # a salt per hash
    assert first.startswith("scrypt$")
    assert verify_password(PASSWORD, first) and verify_password(PASSWORD, second)
    assert not verify_password(PASSWORD + "!", first)
    assert not verify_password(PASSWORD, "not-a-hash")
    with pytest.raises(ValueError):
        hash_password("short")


def test_password_is_never_stored_plain(repository) -> None:
    with repository.engine.connect() as connection:
        stored = connection.execute(select(DashboardUser.password_hash).where(DashboardUser.name == USER)).scalar_one()
    assert PASSWORD not in stored and verify_password(PASSWORD, stored)


def test_cli_adds_an_account_from_stdin(repository, capsys) -> None:
    url = str(repository.engine.url)
    assert users_cli.main(["add", "nurse.jo", "--password-stdin"], io.StringIO("a long enough password\n"), url) == 0
    stored = DashboardUsers(repository).get("nurse.jo")
    assert stored is not None and verify_password("a long enough password", stored["password_hash"])
    assert users_cli.main(["add", "nurse.jo", "--password-stdin"], io.StringIO("another long password\n"), url) == 1
    assert users_cli.main(["add", "short.pw", "--password-stdin"], io.StringIO("short\n"), url) == 2
    assert users_cli.main(["add", "bad name!", "--password-stdin"], io.StringIO("a long enough password\n"), url) == 2
    assert "a long enough password" not in capsys.readouterr().out


async def test_sign_in_success_sets_a_strict_httponly_cookie(client) -> None:
    response = await sign_in(client, next_path="/screenings?outcome=needs_review")
    assert response.status == 303
    assert response.headers["Location"] == "/screenings?outcome=needs_review"
    cookie_header = next(h for h in response.headers.getall("Set-Cookie") if h.startswith(SESSION_COOKIE + "="))
    assert "HttpOnly" in cookie_header
    assert "SameSite=Strict" in cookie_header
    assert "Max-Age=" in cookie_header
    page = await client.get("/screenings")
    assert page.status == 200
    assert f"Signed in as {USER}" in await page.text()


async def test_sign_in_never_redirects_off_site(client) -> None:
    response = await sign_in(client, next_path="//evil.example/")
    assert response.headers["Location"] == "/screenings"


@pytest.mark.parametrize("name, password", [(USER, "wrong password here"), ("nobody", PASSWORD), ("", "")])
async def test_sign_in_failure(client, name: str, password: str) -> None:
    response = await sign_in(client, name=name, password=password)
    assert response.status == 401
    assert "Wrong name or password." in await response.text()
    assert SESSION_COOKIE not in client.session.cookie_jar.filter_cookies(client.make_url("/"))
    assert (await client.get("/screenings", allow_redirects=False)).status == 303


async def test_repeated_failures_are_throttled(client) -> None:
    for _ in range(5):
        assert (await sign_in(client, password="wrong password here")).status == 401
    response = await sign_in(client)  # even the right password, for a while
    assert response.status == 429


async def test_sign_in_without_csrf_token_is_rejected(client) -> None:
    await client.get("/login")  # sets the form's cookie, but the token is not sent back
    response = await client.post("/login", data={"name": USER, "password": PASSWORD}, allow_redirects=False)
    assert response.status == 403
    forged = await client.post("/login", data={"csrf_token": "forged", "name": USER, "password": PASSWORD},
                               allow_redirects=False)
    assert forged.status == 403


async def test_sign_out_needs_the_csrf_token(signed_in) -> None:
    response = await signed_in.post("/logout", data={}, allow_redirects=False)
    assert response.status == 403
    forged = await signed_in.post("/logout", data={"csrf_token": "forged"}, allow_redirects=False)
    assert forged.status == 403
    assert (await signed_in.get("/screenings", allow_redirects=False)).status == 200  # still signed in


async def test_sign_out_ends_the_session(signed_in) -> None:
    page = await signed_in.get("/screenings")
    old_cookie = signed_in.session.cookie_jar.filter_cookies(signed_in.make_url("/"))[SESSION_COOKIE].value
    response = await signed_in.post("/logout", data={"csrf_token": csrf_from(await page.text())},
                                    allow_redirects=False)
    assert response.status == 303 and response.headers["Location"] == "/login"
    assert (await signed_in.get("/screenings", allow_redirects=False)).status == 303
    # The old cookie, replayed, no longer works either.
    replay = await signed_in.get("/screenings.csv", cookies={SESSION_COOKIE: old_cookie}, allow_redirects=False)
    assert replay.status == 401


async def test_expired_or_tampered_sessions_are_refused(client) -> None:
    signer: SessionSigner = client.server.app[SIGNER]
    _, expired = signer.new_session(USER, now=time.time() - signer.lifetime_seconds - 1)
    _, valid = signer.new_session(USER)
    payload, mac = valid.split(".")
    tampered = payload[:-2] + ("AA" if payload[-2:] != "AA" else "BB") + "." + mac
    other_secret = SessionSigner(b"another-secret-0123456789", 3600).new_session(USER)[1]
    for cookie in (expired, tampered, other_secret, "garbage"):
        response = await client.get("/screenings.csv", cookies={SESSION_COOKIE: cookie}, allow_redirects=False)
        assert response.status == 401, cookie
    assert (await client.get("/screenings.csv", cookies={SESSION_COOKIE: valid})).status == 200


async def test_a_removed_account_loses_its_session(signed_in, repository) -> None:
    DashboardUsers(repository).deactivate(USER)
    assert (await signed_in.get("/screenings", allow_redirects=False)).status == 303
    assert (await sign_in(signed_in)).status == 401


def test_no_secret_means_a_random_one_and_a_warning(web_settings, repository, caplog) -> None:
    from dataclasses import replace

    from bot.web import create_app

    with caplog.at_level("WARNING", logger="bot.web.app"):
        first = create_app(replace(web_settings, dashboard_secret=None), repository=repository)
        second = create_app(replace(web_settings, dashboard_secret=None), repository=repository)
    assert "DASHBOARD_SECRET is not set" in caplog.text
    _, cookie = first[SIGNER].new_session(USER)
    assert first[SIGNER].load(cookie) is not None and second[SIGNER].load(cookie) is None


async def test_sign_in_still_works_after_the_browser_loaded_the_form_again(client) -> None:
    page = await client.get("/login")
    token = csrf_from(await page.text())
    # Browsers fetch /favicon.ico after the page; without a session it is redirected to /login.
    favicon = await client.get("/favicon.ico")
    assert favicon.url.path == "/login"
    assert csrf_from(await favicon.text()) == token
    response = await client.post("/login", data={"csrf_token": token, "name": USER, "password": PASSWORD},
                                 allow_redirects=False)
    assert response.status == 303
