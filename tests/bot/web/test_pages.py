"""Routes without a session, filters, the detail view, CSV export and the access log."""

from __future__ import annotations

import csv
import io
import logging

import pytest

from tests.bot.web.conftest import USER

HTML_ROUTES = ["/screenings", "/screenings?outcome=not_eligible", "/screenings/1", "/screenings/999"]


@pytest.mark.parametrize("path", HTML_ROUTES)
async def test_pages_redirect_to_sign_in_without_a_session(client, people, path: str) -> None:
    response = await client.get(path, allow_redirects=False)
    assert response.status == 303
    assert response.headers["Location"].startswith("/login")
    assert "Example" not in await response.text()


@pytest.mark.parametrize("method, path", [("GET", "/screenings.csv"), ("GET", "/screenings.csv?outcome=not_eligible"),
                                          ("POST", "/logout"), ("POST", "/screenings"), ("GET", "/api/anything")])
async def test_exports_and_posts_answer_401_without_a_session(client, people, method: str, path: str) -> None:
    response = await client.request(method, path, allow_redirects=False)
    assert response.status == 401
    assert "screening_id" not in await response.text()


async def test_sign_in_page_and_stylesheet_are_public(client) -> None:
    page = await client.get("/login")
    assert page.status == 200
    html = await page.text()
    assert '<label for="name">' in html and '<label for="password">' in html
    assert (await client.get("/static/dashboard.css")).status == 200


async def test_security_headers(signed_in, people) -> None:
    response = await signed_in.get("/screenings")
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["X-Frame-Options"] == "DENY"


def _listed_ids(html: str) -> set[int]:
    import re

    return {int(i) for i in re.findall(r'href="/screenings/(\d+)"', html)}


@pytest.mark.parametrize("query, expected", [
    ("", {"synthetic-ann", "synthetic-bob", "synthetic-cy"}),
    ("?outcome=likely_eligible", {"synthetic-ann"}),
    ("?outcome=not_eligible", {"synthetic-cy"}),
    ("?started_from=2026-04-01", {"synthetic-bob", "synthetic-cy"}),
    ("?started_to=2026-04-10", {"synthetic-ann", "synthetic-bob"}),
    ("?started_from=2026-04-10&started_to=2026-04-10", {"synthetic-bob"}),
    ("?recheck_due_by=2026-06-01", {"synthetic-bob"}),
    ("?recheck_due_by=2026-05-31", set()),
    ("?callback=1", {"synthetic-ann"}),
    ("?outcome=likely_eligible&started_from=2026-04-01", set()),
])
async def test_list_filters(signed_in, people, query: str, expected: set[str]) -> None:
    response = await signed_in.get("/screenings" + query)
    assert response.status == 200
    html = await response.text()
    assert _listed_ids(html) == {people[cid] for cid in expected}
    assert '<label for="recheck_due_by">' in html
    assert ('<th scope="col">Outcome</th>' in html) == bool(expected)


@pytest.mark.parametrize("query", ["?outcome=bogus", "?started_from=yesterday",
                                   "?started_from=2026-05-01&started_to=2026-04-01"])
async def test_bad_filters_are_explained(signed_in, people, query: str) -> None:
    response = await signed_in.get("/screenings" + query)
    assert response.status == 400
    assert 'role="alert"' in await response.text()
    assert (await signed_in.get("/screenings.csv" + query)).status == 400


async def test_list_shows_no_health_answers_or_contact_details(signed_in, people) -> None:
    html = await (await signed_in.get("/screenings")).text()
    for secret in ("synthetic-ann", "Ann Example", "555-0100", "pack a day", "I am 15"):
        assert secret not in html


async def test_detail_shows_results_reasons_words_contact_and_callback(signed_in, people) -> None:
    response = await signed_in.get(f"/screenings/{people['synthetic-ann']}")
    assert response.status == 200
    html = await response.text()
    assert "<h1>Screening #" in html and "Likely eligible" in html
    assert "Checked at the clinic" in html
    assert "The study team measures your lung function (FEV1) at the screening visit." in html
    assert "quit in 2015 after 40 years, about a pack a day" in html  # the person's own words
    assert "I&#39;m 67 and have severe COPD" in html
    assert "Not recorded (set from the summary)" in html  # smoking_status came from slots
    for detail in ("Ann Example", "555-0100", "ann@example.test", "mornings"):
        assert detail in html
    assert "asked to talk to someone from the study team" in html
    assert "synthetic-ann" not in html  # the conversation id may be a phone number


async def test_detail_escapes_the_persons_words_and_hides_contact_without_consent(signed_in, people) -> None:
    html = await (await signed_in.get(f"/screenings/{people['synthetic-bob']}")).text()
    assert "stopped vaping &lt;b&gt;two&lt;/b&gt; months ago" in html
    assert "<b>two</b>" not in html
    assert "Bob Hidden" not in html and "555-0199" not in html
    assert "did not agree to be contacted" in html
    assert "Not yet" in html and "2026-06-01" in html


async def test_detail_of_a_missing_screening_is_404(signed_in) -> None:
    assert (await signed_in.get("/screenings/424242")).status == 404


async def test_csv_export(signed_in, people) -> None:
    response = await signed_in.get("/screenings.csv?outcome=not_yet_eligible")
    assert response.status == 200
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert response.headers["Content-Disposition"].startswith('attachment; filename="screenings-')
    assert response.headers["Cache-Control"] == "no-store"
    rows = list(csv.DictReader(io.StringIO(await response.text())))
    assert len(rows) == 1
    row = rows[0]
    assert row["screening_id"] == str(people["synthetic-bob"])
    assert row["outcome"] == "not_yet_eligible" and row["recheck_after"] == "2026-06-01"
    assert row["criterion_age"] == "met" and row["criterion_nicotine_free"] == "not_yet"
    assert row["criterion_copd"] == ""  # a criterion without a result is an empty cell
    assert row["contact_consent"] == "no" and row["callback_requested"] == "no"


async def test_csv_export_has_one_row_per_screening_and_no_personal_details(signed_in, people) -> None:
    text = await (await signed_in.get("/screenings.csv")).text()
    rows = list(csv.DictReader(io.StringIO(text)))
    assert sorted(int(r["screening_id"]) for r in rows) == sorted(people.values())
    header = text.splitlines()[0].split(",")
    assert header[:6] == ["screening_id", "started_at", "finished_at", "channel", "criteria_version", "outcome"]
    assert "criterion_heart" in header  # every criterion of criteria.yml is a column
    for secret in ("Ann Example", "555-0100", "ann@example.test", "pack a day", "synthetic-"):
        assert secret not in text


async def test_access_log_names_user_route_and_screening_but_no_health_data(signed_in, people, caplog) -> None:
    ann = people["synthetic-ann"]
    with caplog.at_level(logging.INFO, logger="bot.web.access"):
        await signed_in.get(f"/screenings/{ann}")
        await signed_in.get("/screenings?outcome=likely_eligible")
        await signed_in.get("/screenings.csv")
    lines = [r.getMessage() for r in caplog.records if r.name == "bot.web.access"]
    assert len(lines) == 3
    detail, listing, export = lines
    assert f"user={USER}" in detail and "route=/screenings/{screening_id}" in detail and f"screening={ann}" in detail
    assert "route=/screenings " in listing and "count=1" in listing
    assert "route=/screenings.csv" in export and str(people["synthetic-cy"]) in export
    forbidden = ["67", "40", "COPD", "pack a day", "former", "Ann Example", "555-0100", "ann@example.test",
                 "mornings", "synthetic-ann", "likely_eligible", "True"]
    for line in lines:
        for value in forbidden:
            assert value not in line, (value, line)
