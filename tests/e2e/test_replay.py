"""End to end: `bot replay` of the recorded conversations, a broken copy, and `bot export` round-trips."""

from __future__ import annotations

import subprocess
import sys
import uuid

import pytest
import yaml

from tests.e2e.conftest import PROJECT_ROOT, RASA_PORT, REPLY_TIMEOUT_S

pytestmark = pytest.mark.e2e

RASA_URL = f"http://127.0.0.1:{RASA_PORT}"
RECORDED = sorted((PROJECT_ROOT / "tests" / "conversations").glob("*.yml"))


def bot(env: dict, *arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot.cli", *arguments], cwd=PROJECT_ROOT, env=env,
                          capture_output=True, text=True, timeout=1800)


def replay(env: dict, *files: str) -> subprocess.CompletedProcess:
    return bot(env, "replay", *files, "--rasa", RASA_URL, "--timeout", str(REPLY_TIMEOUT_S))


def test_every_recorded_conversation_replays(rest, server_env):
    assert len(RECORDED) >= 10
    done = replay(server_env, *map(str, RECORDED))
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"{len(RECORDED)} passed, 0 failed" in done.stdout


def test_a_changed_expectation_fails_with_a_readable_diff(rest, server_env, tmp_path):
    source = PROJECT_ROOT / "tests" / "conversations" / "stop-midway.yml"
    document = yaml.safe_load(source.read_text())
    turns = document["conversations"][0]["turns"]
    original = turns[3]["bot"][0]  # "Has a doctor told you that you have COPD? ..."
    turns[3]["bot"][0] = "Has a doctor ever said you have asthma?"
    broken = tmp_path / "broken.yml"
    broken.write_text(yaml.safe_dump(document, sort_keys=False))

    done = replay(server_env, str(broken))
    assert done.returncode == 1, done.stdout + done.stderr
    assert "FAIL stop-midway" in done.stdout
    assert "turn 4, user: '68'" in done.stdout
    assert "-Has a doctor ever said you have asthma?" in done.stdout
    assert f"+{original}" in done.stdout
    assert "0 passed, 1 failed" in done.stdout


def test_an_exported_conversation_replays(rest, server_env, tmp_path):
    sender = f"e2e-export-{uuid.uuid4().hex[:8]}"
    for message in ["what is the study about?", "can I join?", "yes", "67", "yes", "I still smoke", "no thanks"]:
        assert rest.say(sender, message)
    exported = tmp_path / "exported.yml"
    done = bot(server_env, "export", sender, "--out", str(exported), "--rasa", RASA_URL)
    assert done.returncode == 0, done.stdout + done.stderr
    conversation = yaml.safe_load(exported.read_text())["conversations"][0]
    assert conversation["id"] == sender and conversation["screening_date"] == "2026-11-25"
    assert len(conversation["turns"]) == 7
    assert conversation["turns"][-1]["slots"]["eligibility"] == "not_eligible"

    done = replay(server_env, str(exported))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 passed, 0 failed" in done.stdout
