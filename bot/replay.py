"""Replay recorded conversations against a running Rasa server, and record new ones from its tracker.

A conversation file (YAML, documented in README.md, "Replaying conversations"):

    version: "3.1"
    conversations:
      - id: eligible-basic
        screening_date: "2026-11-25"      # a note: start the server with this SCREENING_DATE
        turns:
          - user: "hi"
            bot:
              - "Hello! I'm an automated helper ..."   # the exact text
              - contains: "Jacksonville"              # or a part of it
            slots:                                    # optional: slot values after this turn
              eligibility: likely_eligible

`replay_files` sends every user text to the REST channel under a fresh sender id per conversation
(several conversations at once), compares the bot's texts and the slots read from
`GET /conversations/{id}/tracker`, and `report` prints a unified diff of every mismatch.
`export_conversation` turns a stored conversation back into such a file.
"""

from __future__ import annotations

import asyncio
import difflib
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Optional
from urllib.parse import quote

import aiohttp
import yaml

from bot.config import settings

FORMAT_VERSION = "3.1"
OUTCOME_SLOTS = ("eligibility", "unmet_criteria", "review_criteria", "recheck_after")
DEFAULT_CONCURRENCY = 4
DEFAULT_TIMEOUT = 60.0


class FormatError(ValueError):
    """A conversation file that does not follow the documented format."""


# --- the format -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Expected:
    """One expected bot text: the exact text, or (contains=True) a part of it."""
    text: str
    contains: bool = False

    def matches(self, actual: str) -> bool:
        return self.text in actual if self.contains else self.text == actual

    def shown(self) -> str:
        return f"<contains: {self.text}>" if self.contains else self.text


@dataclass
class Turn:
    user: str
    bot: list[Expected]
    slots: dict[str, Any] = field(default_factory=dict)


@dataclass
class Conversation:
    id: str
    turns: list[Turn]
    screening_date: Optional[str] = None
    source: str = ""


def _expected(item: Any, where: str) -> Expected:
    if isinstance(item, str):
        return Expected(item)
    if isinstance(item, dict) and set(item) == {"contains"} and isinstance(item["contains"], str):
        return Expected(item["contains"], contains=True)
    raise FormatError(f"{where}: a bot response is a text or {{contains: text}}, got {item!r}")


def _turn(raw: Any, where: str) -> Turn:
    if not isinstance(raw, dict) or not isinstance(raw.get("user"), str):
        raise FormatError(f"{where}: a turn needs `user: \"...\"`")
    unknown = set(raw) - {"user", "bot", "slots"}
    if unknown:
        raise FormatError(f"{where}: unknown keys {sorted(unknown)}")
    bot = raw.get("bot") or []
    if not isinstance(bot, list):
        raise FormatError(f"{where}: `bot` is a list of expected responses")
    slots = raw.get("slots") or {}
    if not isinstance(slots, dict):
        raise FormatError(f"{where}: `slots` is a mapping of slot name to value")
    return Turn(raw["user"], [_expected(item, where) for item in bot], dict(slots))


def parse_conversations(data: Any, source: str = "") -> list[Conversation]:
    """Check a loaded YAML document against the format and return its conversations."""
    if not isinstance(data, dict) or str(data.get("version")) != FORMAT_VERSION:
        raise FormatError(f"{source}: expected a mapping with version: \"{FORMAT_VERSION}\"")
    raw_conversations = data.get("conversations")
    if not isinstance(raw_conversations, list) or not raw_conversations:
        raise FormatError(f"{source}: `conversations` must be a non-empty list")
    conversations, seen = [], set()
    for index, raw in enumerate(raw_conversations):
        if not isinstance(raw, dict) or not raw.get("id"):
            raise FormatError(f"{source}: conversation {index + 1} needs an id")
        cid = str(raw["id"])
        if cid in seen:
            raise FormatError(f"{source}: conversation id {cid!r} is used twice")
        seen.add(cid)
        turns = raw.get("turns")
        if not isinstance(turns, list) or not turns:
            raise FormatError(f"{source}: conversation {cid!r} needs a non-empty list of turns")
        date = raw.get("screening_date")
        conversations.append(Conversation(
            cid, [_turn(t, f"{source}: {cid!r} turn {n + 1}") for n, t in enumerate(turns)],
            str(date) if date is not None else None, source))
    return conversations


def load_file(path: str | Path) -> list[Conversation]:
    with open(path, encoding="utf-8") as handle:
        try:
            data = yaml.safe_load(handle)
        except yaml.YAMLError as error:
            raise FormatError(f"{path}: not valid YAML: {error}") from error
    return parse_conversations(data, str(path))


# --- comparing --------------------------------------------------------------------------------


def texts_match(expected: list[Expected], actual: list[str]) -> bool:
    return len(expected) == len(actual) and all(e.matches(a) for e, a in zip(expected, actual))


def texts_diff(expected: list[Expected], actual: list[str], label: str = "") -> list[str]:
    """A unified diff of expected vs actual bot texts; empty when they match.

    An expectation that matches its actual text is shown as that text, so a `contains:` that holds
    is not reported; one that fails is shown as `<contains: ...>`.
    """
    if texts_match(expected, actual):
        return []
    shown = [actual[i] if i < len(actual) and e.matches(actual[i]) else e.shown()
             for i, e in enumerate(expected)]
    return list(difflib.unified_diff(shown, actual, fromfile=f"expected {label}".strip(),
                                     tofile=f"actual {label}".strip(), lineterm=""))


def slot_matches(expected: Any, actual: Any) -> bool:
    if expected is None or actual is None:
        return expected is actual
    if isinstance(expected, bool) or isinstance(actual, bool):
        return expected is actual
    if isinstance(expected, (int, float)) and isinstance(actual, (int, float)):
        return abs(float(expected) - float(actual)) < 1e-6
    if isinstance(expected, list) and isinstance(actual, list):
        return sorted(map(str, expected)) == sorted(map(str, actual))
    return str(expected) == str(actual)


def slot_mismatches(expected: dict[str, Any], actual: dict[str, Any]) -> list[str]:
    return [f"slot {name}: expected {value!r}, got {actual.get(name)!r}"
            for name, value in expected.items() if not slot_matches(value, actual.get(name))]


@dataclass
class TurnFailure:
    number: int
    user: str
    diff: list[str]
    slots: list[str]


@dataclass
class Result:
    conversation: Conversation
    sender: str
    failures: list[TurnFailure] = field(default_factory=list)
    error: Optional[str] = None

    @property
    def passed(self) -> bool:
        return not self.failures and self.error is None


def check_turn(number: int, turn: Turn, actual_texts: list[str], slots: dict[str, Any]) -> Optional[TurnFailure]:
    diff = texts_diff(turn.bot, actual_texts, f"(turn {number})")
    wrong = slot_mismatches(turn.slots, slots)
    return TurnFailure(number, turn.user, diff, wrong) if diff or wrong else None


# --- talking to the server --------------------------------------------------------------------


class RasaClient:
    """The REST channel and the tracker of a running Rasa server, over one aiohttp session."""

    def __init__(self, session: aiohttp.ClientSession, base: str):
        self.session = session
        self.base = base.rstrip("/")

    async def say(self, sender: str, text: str) -> list[str]:
        async with self.session.post(f"{self.base}/webhooks/rest/webhook",
                                     json={"sender": sender, "message": text}) as response:
            response.raise_for_status()
            replies = await response.json(content_type=None) or []
        return [r["text"] for r in replies if r.get("text")]

    async def tracker(self, sender: str, events: str = "NONE") -> dict:
        url = f"{self.base}/conversations/{quote(sender, safe='')}/tracker"
        params = {"include_events": events}
        token = settings().rasa_auth_token
        if token:  # the server runs with --auth-token (RASA_AUTH_TOKEN)
            params["token"] = token
        async with self.session.get(url, params=params) as response:
            response.raise_for_status()
            return await response.json(content_type=None) or {}


def new_sender(conversation_id: str) -> str:
    return f"replay-{conversation_id}-{uuid.uuid4().hex[:10]}"


async def replay_conversation(client: RasaClient, conversation: Conversation) -> Result:
    result = Result(conversation, new_sender(conversation.id))
    try:
        for number, turn in enumerate(conversation.turns, start=1):
            actual = await client.say(result.sender, turn.user)
            slots = (await client.tracker(result.sender)).get("slots", {}) if turn.slots else {}
            failure = check_turn(number, turn, actual, slots)
            if failure:
                result.failures.append(failure)
    except (aiohttp.ClientError, asyncio.TimeoutError) as error:
        result.error = f"{type(error).__name__}: {error}".rstrip(": ")
    return result


async def replay_all(conversations: list[Conversation], base: str,
                     concurrency: int = DEFAULT_CONCURRENCY, timeout: float = DEFAULT_TIMEOUT) -> list[Result]:
    """Replay every conversation, at most `concurrency` at once; results in the input order."""
    limit = asyncio.Semaphore(max(1, concurrency))
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=timeout)) as session:
        client = RasaClient(session, base)

        async def one(conversation: Conversation) -> Result:
            async with limit:
                return await replay_conversation(client, conversation)

        return await asyncio.gather(*(one(c) for c in conversations))


# --- reporting --------------------------------------------------------------------------------


def _name(conversation: Conversation, show_source: bool) -> str:
    return f"{conversation.source}::{conversation.id}" if show_source else conversation.id


def report(results: list[Result], show_source: bool = False) -> str:
    lines = []
    for result in results:
        name = _name(result.conversation, show_source)
        if result.passed:
            lines.append(f"PASS {name} ({len(result.conversation.turns)} turns)")
            continue
        lines.append(f"FAIL {name} (sender {result.sender})")
        if result.error:
            lines.append(f"  error: {result.error}")
        for failure in result.failures:
            lines.append(f"  turn {failure.number}, user: {failure.user!r}")
            lines.extend(f"    {line}" for line in failure.diff)
            lines.extend(f"    {line}" for line in failure.slots)
    passed = sum(r.passed for r in results)
    lines.append(f"{passed} passed, {len(results) - passed} failed")
    return "\n".join(lines)


def replay_files(paths: list[str], base: str, concurrency: int = DEFAULT_CONCURRENCY,
                 timeout: float = DEFAULT_TIMEOUT) -> int:
    """`bot replay`: print the report; 0 when every conversation passed, 1 otherwise."""
    try:
        conversations = [c for path in paths for c in load_file(path)]
    except (OSError, FormatError) as error:
        print(f"error: {error}")
        return 1
    results = asyncio.run(replay_all(conversations, base, concurrency, timeout))
    print(report(results, show_source=len(paths) > 1))
    return 0 if all(r.passed for r in results) else 1


# --- recording --------------------------------------------------------------------------------


def turns_from_events(events: list[dict]) -> list[dict]:
    """User texts and the bot texts that followed each (bot texts before the first user text are dropped)."""
    turns: list[dict] = []
    for event in events:
        if event.get("event") == "user" and event.get("text") is not None:
            turns.append({"user": event["text"], "bot": []})
        elif event.get("event") == "bot" and event.get("text") and turns:
            turns[-1]["bot"].append(event["text"])
    return turns


def conversation_document(conversation_id: str, tracker: dict, screening_date: Optional[str]) -> dict:
    turns = turns_from_events(tracker.get("events") or [])
    if not turns:
        raise FormatError(f"conversation {conversation_id!r} has no user messages in the tracker store")
    slots = tracker.get("slots") or {}
    turns[-1]["slots"] = {name: slots.get(name) for name in OUTCOME_SLOTS}
    conversation: dict = {"id": conversation_id}
    if screening_date:
        conversation["screening_date"] = screening_date
    conversation["turns"] = turns
    return {"version": FORMAT_VERSION, "conversations": [conversation]}


def dump_document(document: dict) -> str:
    body = yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=100000,
                          default_flow_style=False)
    return body.replace(f"version: '{FORMAT_VERSION}'", f'version: "{FORMAT_VERSION}"', 1)


def _first_event_date(tracker: dict) -> Optional[str]:
    stamps = [e["timestamp"] for e in tracker.get("events") or [] if e.get("timestamp")]
    return datetime.fromtimestamp(min(stamps), timezone.utc).date().isoformat() if stamps else None


async def fetch_tracker(base: str, conversation_id: str, timeout: float = DEFAULT_TIMEOUT) -> dict:
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=timeout)) as session:
        return await RasaClient(session, base).tracker(conversation_id, events="ALL")


def export_conversation(conversation_id: str, base: str, out: Optional[str] = None,
                        screening_date: Optional[str] = None) -> int:
    """`bot export`: write the stored conversation as a replayable file (or print it)."""
    try:
        tracker = asyncio.run(fetch_tracker(base, conversation_id))
        document = conversation_document(conversation_id, tracker,
                                         screening_date or _first_event_date(tracker))
    except (aiohttp.ClientError, asyncio.TimeoutError, FormatError) as error:
        print(f"error: {error}")
        return 1
    text = dump_document(document)
    if out:
        Path(out).write_text(text, encoding="utf-8")
        print(f"Wrote {len(document['conversations'][0]['turns'])} turns to {out}")
    else:
        print(text, end="")
    return 0
