"""The conversation file format, the comparison and the diff of `bot replay`, and what `bot export` writes."""

from __future__ import annotations

import pytest
import yaml

from bot.replay import (Conversation, Expected, FormatError, Result, Turn, check_turn, conversation_document,
                        dump_document, load_file, parse_conversations, report, slot_matches, texts_diff,
                        turns_from_events)

DOCUMENT = """
version: "3.1"
conversations:
  - id: one
    screening_date: "2026-11-25"
    turns:
      - user: "hi"
        bot:
          - "Hello!"
          - contains: "Jacksonville"
        slots:
          eligibility: likely_eligible
      - user: "no"
"""


def test_a_documented_file_loads(tmp_path):
    path = tmp_path / "c.yml"
    path.write_text(DOCUMENT)
    [conversation] = load_file(path)
    assert conversation.id == "one" and conversation.screening_date == "2026-11-25"
    first, second = conversation.turns
    assert first.bot == [Expected("Hello!"), Expected("Jacksonville", contains=True)]
    assert first.slots == {"eligibility": "likely_eligible"}
    assert second.bot == [] and second.slots == {}


@pytest.mark.parametrize("document, message", [
    ({"conversations": [{"id": "a", "turns": [{"user": "hi"}]}]}, "version"),
    ({"version": "3.1", "conversations": []}, "non-empty"),
    ({"version": "3.1", "conversations": [{"turns": [{"user": "hi"}]}]}, "needs an id"),
    ({"version": "3.1", "conversations": [{"id": "a", "turns": [{"bot": ["x"]}]}]}, "user"),
    ({"version": "3.1", "conversations": [{"id": "a", "turns": [{"user": "hi", "bot": [{"starts": "x"}]}]}]},
     "contains"),
    ({"version": "3.1", "conversations": [{"id": "a", "turns": [{"user": "hi", "said": 1}]}]}, "unknown keys"),
    ({"version": "3.1", "conversations": [{"id": "a", "turns": [{"user": "x"}]},
                                          {"id": "a", "turns": [{"user": "y"}]}]}, "twice"),
])
def test_a_file_off_the_format_is_refused_with_the_reason(document, message):
    with pytest.raises(FormatError, match=message):
        parse_conversations(document, "f.yml")


def test_matching_texts_give_no_diff_and_contains_matches_a_part():
    expected = [Expected("Hello!"), Expected("Jacksonville", contains=True)]
    assert texts_diff(expected, ["Hello!", "It is in Jacksonville, Florida."]) == []


def test_a_changed_text_gives_a_unified_diff_of_only_that_text():
    expected = [Expected("Hello!"), Expected("Jacksonville", contains=True), Expected("Bye.")]
    diff = texts_diff(expected, ["Hello!", "It is in Jacksonville, Florida.", "Goodbye."], "(turn 1)")
    assert diff[:2] == ["--- expected (turn 1)", "+++ actual (turn 1)"]
    assert "-Bye." in diff and "+Goodbye." in diff
    assert " It is in Jacksonville, Florida." in diff  # the part that held is context, not a change


def test_a_failed_contains_and_a_missing_or_extra_text_are_shown():
    diff = texts_diff([Expected("Rochester", contains=True)], ["It is in Jacksonville."])
    assert "-<contains: Rochester>" in diff and "+It is in Jacksonville." in diff
    assert "-Second." in texts_diff([Expected("First."), Expected("Second.")], ["First."])
    assert "+Extra." in texts_diff([Expected("First.")], ["First.", "Extra."])


@pytest.mark.parametrize("expected, actual, same", [
    (None, None, True), (None, "x", False), (67, 67.0, True), (268.81, 268.81, True), (45, 45.5, False),
    (True, True, True), (True, 1, False), (False, None, False),
    (["a", "b"], ["b", "a"], True), ([], [], True), (["a"], [], False),
    ("likely_eligible", "likely_eligible", True), ("2027-02-17", "2027-02-18", False),
])
def test_slot_values(expected, actual, same):
    assert slot_matches(expected, actual) is same


def test_a_turn_reports_texts_and_slots_that_differ():
    turn = Turn("yes", [Expected("Thanks.")], {"eligibility": "likely_eligible", "recheck_after": None})
    assert check_turn(3, turn, ["Thanks."], {"eligibility": "likely_eligible", "recheck_after": None}) is None
    failure = check_turn(3, turn, ["Thanks."], {"eligibility": "needs_review", "recheck_after": None})
    assert failure.diff == []
    assert failure.slots == ["slot eligibility: expected 'likely_eligible', got 'needs_review'"]


def test_the_report_shows_each_failure_and_the_count():
    ok = Result(Conversation("good", [Turn("hi", [])]), "replay-good-1")
    failure = check_turn(1, Turn("hi", [Expected("Hello!")]), ["Hi there!"], {})
    bad = Result(Conversation("bad", [Turn("hi", [])]), "replay-bad-1", failures=[failure])
    broken = Result(Conversation("down", [Turn("hi", [])]), "replay-down-1", error="ClientConnectorError")
    text = report([ok, bad, broken])
    assert "PASS good (1 turns)" in text
    assert "FAIL bad (sender replay-bad-1)" in text and "turn 1, user: 'hi'" in text
    assert "    -Hello!" in text and "    +Hi there!" in text
    assert "FAIL down" in text and "error: ClientConnectorError" in text
    assert text.endswith("1 passed, 2 failed")


TRACKER = {
    "slots": {"eligibility": "not_yet_eligible", "unmet_criteria": ["steroids"], "review_criteria": [],
              "recheck_after": "2027-02-17", "age": 71.0},
    "events": [
        {"event": "action", "name": "action_session_start"},
        {"event": "bot", "text": "a greeting before anyone spoke"},
        {"event": "user", "text": "hi"},
        {"event": "bot", "text": "Hello!"},
        {"event": "bot", "text": None, "data": {"buttons": []}},
        {"event": "user", "text": "no"},
        {"event": "slot", "name": "age", "value": 71.0},
        {"event": "user", "text": "ok"},
        {"event": "bot", "text": "Bye."},
    ],
}


def test_export_pairs_each_user_text_with_the_bot_texts_after_it():
    assert turns_from_events(TRACKER["events"]) == [
        {"user": "hi", "bot": ["Hello!"]}, {"user": "no", "bot": []}, {"user": "ok", "bot": ["Bye."]}]


def test_an_exported_document_keeps_the_outcome_slots_and_loads_back():
    document = conversation_document("person-7", TRACKER, "2026-11-25")
    text = dump_document(document)
    assert text.startswith('version: "3.1"\n')
    [conversation] = parse_conversations(yaml.safe_load(text), "exported")
    assert conversation.id == "person-7" and conversation.screening_date == "2026-11-25"
    assert [t.user for t in conversation.turns] == ["hi", "no", "ok"]
    assert conversation.turns[-1].slots == {"eligibility": "not_yet_eligible", "unmet_criteria": ["steroids"],
                                            "review_criteria": [], "recheck_after": "2027-02-17"}
    assert all(not t.slots for t in conversation.turns[:-1])


def test_exporting_a_conversation_without_user_messages_is_an_error():
    with pytest.raises(FormatError, match="no user messages"):
        conversation_document("gone", {"slots": {}, "events": []}, None)


def test_the_recorded_conversations_follow_the_format():
    from pathlib import Path
    files = sorted((Path(__file__).resolve().parents[1] / "conversations").glob("*.yml"))
    conversations = [c for f in files for c in load_file(f)]
    assert len(conversations) >= 10
    assert all(c.screening_date == "2026-11-25" for c in conversations)
    outcomes = {c.turns[-1].slots.get("eligibility") for c in conversations}
    assert {"likely_eligible", "not_eligible", "not_yet_eligible", "needs_review"} <= outcomes


@pytest.mark.parametrize("token", [None, "synthetic-token"])
async def test_the_tracker_is_read_with_the_api_token_when_one_is_set(monkeypatch, token):
    from aiohttp import ClientSession, web
    from aiohttp.test_utils import TestServer

    from bot.replay import RasaClient

    if token:
        monkeypatch.setenv("RASA_AUTH_TOKEN", token)
    else:
        monkeypatch.delenv("RASA_AUTH_TOKEN", raising=False)
    seen = []

    async def tracker(request):
        seen.append(dict(request.query))
        return web.json_response({"slots": {"age": 67}})

    app = web.Application()
    app.router.add_get("/conversations/{sender}/tracker", tracker)
    async with TestServer(app) as server, ClientSession() as session:
        slots = (await RasaClient(session, str(server.make_url(""))).tracker("a b")).get("slots")
    assert slots == {"age": 67}
    assert seen == [{"include_events": "NONE", **({"token": token} if token else {})}]
