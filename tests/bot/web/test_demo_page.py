"""The public demo page and the chat widget's files: no sign-in, and nothing of the dashboard leaks."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from bot.web import create_app
from bot.web.app import chat_server_origins


async def test_the_demo_page_is_public_and_embeds_the_widget(client, people) -> None:
    response = await client.get("/", allow_redirects=False)
    assert response.status == 200
    html = await response.text()
    assert "NCT04047810" in html and "Jacksonville" in html
    tag = re.search(r'<script src="/widget/widget\.js"[^>]*>', html)
    assert tag, "the widget is embedded with one script tag"
    assert 'data-server-url="http://127.0.0.1:' in tag.group(0)
    assert '<a href="/login">Study team sign-in</a>' in html
    assert "synthetic" not in html and "Example" not in html  # nothing from the records


async def test_the_demo_page_may_run_scripts_from_itself_and_talk_to_the_chat_server(client) -> None:
    policy = (await client.get("/")).headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "connect-src http://127.0.0.1:" in policy and " ws://127.0.0.1:" in policy
    assert "'unsafe-inline'" not in policy and "frame-ancestors 'none'" in policy


async def test_dashboard_pages_keep_the_strict_policy(signed_in, people) -> None:
    policy = (await signed_in.get("/screenings")).headers["Content-Security-Policy"]
    assert "script-src" not in policy and "connect-src" not in policy


@pytest.mark.parametrize("path, kind", [("/widget/widget.js", "javascript"), ("/widget/widget.css", "text/css"),
                                        ("/static/demo.css", "text/css")])
async def test_the_widget_files_are_public(client, path: str, kind: str) -> None:
    response = await client.get(path, allow_redirects=False)
    assert response.status == 200
    assert kind in response.headers["Content-Type"]
    assert "no-store" not in response.headers.get("Cache-Control", "")


async def test_widget_folder_does_not_reach_outside_it(client) -> None:
    response = await client.get("/widget/../templates/demo.html", allow_redirects=False)
    assert response.status in (403, 404) or "{{" not in await response.text()


def test_the_widget_never_parses_text_as_html() -> None:
    from bot.web.app import WIDGET_DIR

    source = (WIDGET_DIR / "widget.js").read_text(encoding="utf-8")
    assert "innerHTML" not in source and "insertAdjacentHTML" not in source and "document.write" not in source


def test_chat_server_origins() -> None:
    assert chat_server_origins("http://127.0.0.1:5005") == ("http://127.0.0.1:5005", "ws://127.0.0.1:5005")
    assert chat_server_origins("https://chat.example.org/") == ("https://chat.example.org", "wss://chat.example.org")
    for bad in ("javascript:alert(1)", "127.0.0.1:5005", "http://a.example; script-src *"):
        with pytest.raises(ValueError):
            chat_server_origins(bad)


def test_a_bad_chat_server_url_stops_the_app_at_start(web_settings, repository) -> None:
    with pytest.raises(ValueError):
        create_app(replace(web_settings, chat_server_url="ftp://example.org"), repository=repository)
