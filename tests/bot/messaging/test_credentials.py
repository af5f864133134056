"""Only the channels whose environment variables are set are written for Rasa; no secret is written."""

from __future__ import annotations

import logging

import pytest
import yaml

from bot.messaging.credentials import SOURCE, effective_credentials

SOURCE_TEXT = """
bot.channels.RestInputReportingOutages:

socketio:
  session_persistence: true

my.channels.Telegram:
  access_token: ${T_TOKEN}
  verify: ${T_NAME}
  api_url: ${T_API:-https://api.telegram.org}

my.channels.Twilio:
  account_sid: ${W_SID}
  auth_token: ${W_TOKEN}
"""


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "credentials.yml"
    path.write_text(SOURCE_TEXT, encoding="utf-8")
    return path


def test_channels_without_variables_are_always_on_and_the_others_only_when_set(source, tmp_path):
    result = effective_credentials(tmp_path / "out.yml", source, environ={})
    assert result.on == ["bot.channels.RestInputReportingOutages", "socketio"]
    assert result.off == ["my.channels.Telegram", "my.channels.Twilio"]
    written = yaml.safe_load(result.path.read_text())
    assert written == {"bot.channels.RestInputReportingOutages": None, "socketio": {"session_persistence": True}}


def test_a_set_channel_keeps_references_for_rasa_and_gets_its_defaults(source, tmp_path):
    environ = {"T_TOKEN": "123:synthetic-secret", "T_NAME": "test_bot"}
    result = effective_credentials(tmp_path / "out.yml", source, environ=environ)
    assert "my.channels.Telegram" in result.on
    text = result.path.read_text()
    assert "synthetic-secret" not in text
    assert "access_token: ${T_TOKEN}" in text
    assert "api_url: https://api.telegram.org" in text
    environ["T_API"] = "http://127.0.0.1:5190"
    text = effective_credentials(tmp_path / "out.yml", source, environ=environ).path.read_text()
    assert "api_url: ${T_API}" in text


def test_rasa_expands_the_written_file(source, tmp_path, monkeypatch):
    import rasa.shared.utils.io  # registers Rasa's ${...} resolver on PyYAML's shared classes

    environ = {"W_SID": "AC-synthetic", "W_TOKEN": "synthetic-token"}
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    result = effective_credentials(tmp_path / "out.yml", source, environ=environ)
    assert "${W_TOKEN}" in result.path.read_text()  # not quoted: Rasa only expands plain scalars
    loaded = rasa.shared.utils.io.read_config_file(str(result.path))
    assert loaded["my.channels.Twilio"] == {"account_sid": "AC-synthetic", "auth_token": "synthetic-token"}
    assert "my.channels.Telegram" not in loaded


def test_a_channel_set_up_in_part_is_named_with_the_missing_variables_only(source, tmp_path, caplog):
    caplog.set_level(logging.INFO, logger="bot.messaging.credentials")
    result = effective_credentials(tmp_path / "out.yml", source, environ={"W_SID": "AC-synthetic-value"})
    assert result.incomplete == {"my.channels.Twilio": ["W_TOKEN"]}
    assert "my.channels.Twilio is off: W_TOKEN not set" in caplog.text
    assert "AC-synthetic-value" not in caplog.text


def test_the_project_file_has_every_messaging_channel_off_by_default(tmp_path):
    result = effective_credentials(tmp_path / "out.yml", SOURCE, environ={})
    assert not [name for name in result.on if name.startswith("bot.messaging.")]
    assert {name.rsplit(".", 1)[-1] for name in result.off} == {
        "TelegramInput", "TwilioInput", "SlackInput", "FacebookInput"}
