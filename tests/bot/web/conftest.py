"""Fixtures for the dashboard tests: a temporary SQLite records database, synthetic people only."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timezone
from pathlib import Path
from typing import AsyncIterator, Iterator

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import update

from bot.config import settings as read_settings
from bot.records import DashboardUsers, Screening, ScreeningRepository
from bot.web import create_app
from bot.web.passwords import hash_password

USER = "coordinator"
PASSWORD = "correct horse battery staple"
SECRET = "test-only-secret-0123456789abcdef"


@pytest.fixture
def repository(tmp_path: Path) -> Iterator[ScreeningRepository]:
    repo = ScreeningRepository(f"sqlite:///{tmp_path / 'screenings.db'}")
    repo.create_schema()
    DashboardUsers(repo).add(USER, hash_password(PASSWORD))
    yield repo
    repo.close()


@pytest.fixture
def web_settings(repository: ScreeningRepository, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("DASHBOARD_SECRET", raising=False)
    return replace(read_settings(), database_url="sqlite://unused", dashboard_secret=SECRET)


@pytest.fixture
async def client(web_settings, repository: ScreeningRepository) -> AsyncIterator[TestClient]:
    app = create_app(web_settings, repository=repository)
    async with TestClient(TestServer(app)) as test_client:
        yield test_client


def csrf_from(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "no CSRF token in the page"
    return match.group(1)


async def sign_in(client: TestClient, name: str = USER, password: str = PASSWORD, next_path: str = ""):
    page = await client.get("/login")
    token = csrf_from(await page.text())
    data = {"csrf_token": token, "name": name, "password": password}
    if next_path:
        data["next"] = next_path
    return await client.post("/login", data=data, allow_redirects=False)


@pytest.fixture
async def signed_in(client: TestClient) -> TestClient:
    response = await sign_in(client)
    assert response.status == 303
    return client


def set_started_at(repo: ScreeningRepository, conversation_id: str, started_at: datetime) -> None:
    with repo.engine.begin() as connection:
        connection.execute(
            update(Screening).where(Screening.conversation_id == conversation_id).values(started_at=started_at)
        )


@pytest.fixture
def people(repository: ScreeningRepository) -> dict[str, int]:
    """Three synthetic screenings; returns record ids by conversation id."""
    repository.save_facts("synthetic-ann", {"age": 67, "copd_diagnosis": True}, "I'm 67 and have severe COPD")
    repository.save_facts("synthetic-ann", {"pack_years": 40}, "quit in 2015 after 40 years, about a pack a day")
    repository.finish_screening(
        "synthetic-ann",
        outcome="likely_eligible",
        recheck_after=None,
        results=[
            {"id": "age", "status": "met", "reason": ""},
            {"id": "copd", "status": "met", "reason": ""},
            {"id": "fev1_range", "status": "clinic",
             "reason": "The study team measures your lung function (FEV1) at the screening visit."},
        ],
        facts={"smoking_status": "former"},
        criteria_version="2026.11.1",
    )
    repository.save_contact("synthetic-ann", consent=True, name="Ann Example", phone="555-0100",
                            email="ann@example.test", preferred_time="mornings")
    repository.request_callback("synthetic-ann")
    set_started_at(repository, "synthetic-ann", datetime(2026, 3, 2, 15, 0, tzinfo=timezone.utc))

    repository.save_facts("synthetic-bob", {"months_since_nicotine": 2}, "stopped vaping <b>two</b> months ago")
    repository.finish_screening(
        "synthetic-bob",
        outcome="not_yet_eligible",
        recheck_after=date(2026, 6, 1),
        results=[
            {"id": "age", "status": "met", "reason": ""},
            {"id": "nicotine_free", "status": "not_yet", "recheck_after": date(2026, 6, 1),
             "reason": "You stopped nicotine recently. People can join only some months after their last nicotine."},
        ],
        facts={},
        criteria_version="2026.11.1",
    )
    repository.save_contact("synthetic-bob", consent=False, name="Bob Hidden", phone="555-0199")
    set_started_at(repository, "synthetic-bob", datetime(2026, 4, 10, 9, 30, tzinfo=timezone.utc))

    repository.save_facts("synthetic-cy", {"age": 15}, "I am 15")
    repository.finish_screening(
        "synthetic-cy",
        outcome="not_eligible",
        recheck_after=None,
        results=[{"id": "age", "status": "not_met", "reason": "The study is only for adults."}],
        facts={},
        criteria_version="2026.11.1",
    )
    set_started_at(repository, "synthetic-cy", datetime(2026, 5, 20, 12, 0, tzinfo=timezone.utc))

    return {cid: repository.get_screening(cid)["id"] for cid in ("synthetic-ann", "synthetic-bob", "synthetic-cy")}
