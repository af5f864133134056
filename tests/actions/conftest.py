"""Fixtures for the custom-action tests.

The actions run as the action server runs them: the REAL domain.yml (loaded as a plain dict, the
shape the action server receives), a rasa_sdk `Tracker` built from slots, the latest message and
events as dicts, and a `CollectingDispatcher`. Every response an action dispatches is checked
against the domain's responses.

Every person here is synthetic. "Today" is fixed with SCREENING_DATE; the records database is a
SQLite file per test.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Optional

import pytest
import yaml
from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import services
from actions.screening_form import ValidateScreeningForm
from bot.records import ScreeningRepository

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DOMAIN_FILE = PROJECT_ROOT / "domain.yml"
SCREENING_DATE = "2026-11-25"
OUTAGE_URL = "postgresql://postgres@127.0.0.1:1/none"
FORM = "screening_form"


@pytest.fixture(scope="session")
def domain() -> dict:
    return yaml.safe_load(DOMAIN_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def response_names(domain) -> set[str]:
    return set(domain.get("responses") or {})


@pytest.fixture(scope="session")
def form_slots(domain) -> list[str]:
    return list(domain["forms"][FORM]["required_slots"])


@pytest.fixture
def database_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'screenings.db'}"


@pytest.fixture(autouse=True)
def screening_env(monkeypatch, database_url):
    """A fixed "today" and a fresh records database for every test; the cached repository is reset."""
    monkeypatch.setenv("SCREENING_DATE", SCREENING_DATE)
    monkeypatch.setenv("DATABASE_URL", database_url)
    services.reset_for_tests()
    yield
    services.reset_for_tests()


@pytest.fixture
def records_outage(monkeypatch):
    """The records database cannot be reached (nothing listens on port 1)."""
    monkeypatch.setenv("DATABASE_URL", OUTAGE_URL)
    services.reset_for_tests()


@pytest.fixture
def records(database_url):
    """A second repository on the same database, to read what the actions saved."""
    repository = ScreeningRepository(database_url)
    repository.create_schema()  # so "nothing saved" reads as None, not as a missing table
    yield repository
    repository.close()


# --- trackers ------------------------------------------------------------------------------------


def slot_defaults(domain: dict) -> dict[str, Any]:
    slots = {name: spec.get("initial_value") for name, spec in domain["slots"].items()}
    slots["requested_slot"] = None
    return slots


def make_tracker(
    domain: dict,
    *,
    slots: Optional[dict[str, Any]] = None,
    text: str = "",
    intent: str = "inform",
    entities: Iterable[dict] = (),
    requested_slot: Optional[str] = None,
    active_loop: Optional[str] = FORM,
    resumed_after: Optional[str] = None,
    sender_id: str = "synthetic-person-1",
) -> Tracker:
    """A tracker as Rasa sends it while the form validates the latest message.

    `slots` are the values set before the latest user message (they appear as slot events before
    it). With `resumed_after` the form runs again after a digression: the bot has answered the
    latest message with that response (a bot event after the user event).
    """
    values = slot_defaults(domain)
    values.update(slots or {})
    values["requested_slot"] = requested_slot
    events: list[dict[str, Any]] = [
        {"event": "action", "name": "action_session_start"},
        {"event": "session_started"},
        {"event": "action", "name": "action_listen"},
    ]
    events += [{"event": "slot", "name": name, "value": value}
               for name, value in (slots or {}).items()]
    if requested_slot:
        events.append({"event": "bot", "text": f"(question for {requested_slot})"})
    events.append({"event": "action", "name": "action_listen"})
    latest_message = {"text": text, "intent": {"name": intent, "confidence": 1.0},
                      "entities": list(entities)}
    events.append({"event": "user", "text": text, "parse_data": latest_message,
                   "input_channel": "rest"})
    if resumed_after:
        events.append({"event": "action", "name": resumed_after})
        events.append({"event": "bot", "text": f"({resumed_after})"})
    # What Rasa's FormAction adds to the tracker it sends to the validation action.
    events.append({"event": "slot", "name": "requested_slot", "value": requested_slot})
    events.append({"event": "action", "name": active_loop or FORM})
    return Tracker(
        sender_id, values, latest_message, events, False, None,
        {"name": active_loop} if active_loop else {},
        resumed_after or "action_listen",
    )


# --- running actions -----------------------------------------------------------------------------


@dataclass
class Result:
    events: list[dict[str, Any]]
    messages: list[dict[str, Any]]

    @property
    def responses(self) -> list[str]:
        return [message.get("response") for message in self.messages]

    @property
    def slot_sets(self) -> dict[str, Any]:
        """The last value each returned SlotSet gives, by slot name."""
        return {e["name"]: e["value"] for e in self.events if e.get("event") == "slot"}

    @property
    def requested_slot(self) -> Any:
        return self.slot_sets["requested_slot"]

    @property
    def rejects_form(self) -> bool:
        """Whether Rasa's FormAction would reject this validation (rasa/core/actions/forms.py):
        a slot is requested and the action set no slot but requested_slot. Rasa then drops the
        events, including the dispatched messages, and lets another rule or the fallback answer."""
        return not any(e.get("event") == "slot" and e.get("name") != "requested_slot"
                       for e in self.events)

    def message(self, response: str) -> dict[str, Any]:
        return next(m for m in self.messages if m.get("response") == response)


async def run_action(action: Action, tracker: Tracker, domain: dict) -> Result:
    dispatcher = CollectingDispatcher()
    events = await action.run(dispatcher, tracker, domain)
    unknown = [m.get("response") for m in dispatcher.messages
               if m.get("response") and m["response"] not in domain["responses"]]
    assert not unknown, f"{action.name()} dispatched responses missing from domain.yml: {unknown}"
    assert all(m.get("response") for m in dispatcher.messages), \
        f"{action.name()} sent text that is not a domain response: {dispatcher.messages}"
    return Result(list(events), list(dispatcher.messages))


@dataclass
class Conversation:
    """A screening conversation driven through the real validation action, turn by turn.

    Applies the returned slot events the way Rasa does and records the bot's questions, so later
    turns see the history a real tracker would have.
    """

    domain: dict
    sender_id: str = "synthetic-person-1"
    slots: dict[str, Any] = field(default_factory=dict)
    turns: list[Result] = field(default_factory=list)
    action: Action = field(default_factory=ValidateScreeningForm)
    form: str = FORM

    def __post_init__(self) -> None:
        self.events: list[dict[str, Any]] = [
            {"event": "action", "name": "action_session_start"},
            {"event": "session_started"},
        ]
        given, self.slots = dict(self.slots), slot_defaults(self.domain)
        for name, value in given.items():
            self._set(name, value)
        self.events.append({"event": "action", "name": "action_listen"})

    @property
    def requested_slot(self) -> Optional[str]:
        return self.slots.get("requested_slot")

    def _set(self, name: str, value: Any) -> None:
        self.slots[name] = value
        self.events.append({"event": "slot", "name": name, "value": value})

    def _tracker(self, latest_message: dict, latest_action: str) -> Tracker:
        events = self.events + [
            {"event": "slot", "name": "requested_slot", "value": self.requested_slot},
            {"event": "action", "name": self.form},
        ]
        return Tracker(self.sender_id, dict(self.slots), latest_message, events, False, None,
                       {"name": self.form}, latest_action)

    async def _run(self, latest_message: dict, latest_action: str) -> Result:
        result = await run_action(self.action, self._tracker(latest_message, latest_action),
                                  self.domain)
        self.turns.append(result)
        if not result.events:
            # Nothing validated: Rasa rejects the form for this turn and another rule answers.
            self.events.append({"event": "action_execution_rejected", "name": self.form})
            return result
        self.events.append({"event": "action", "name": self.form})
        for message in result.messages:
            self.events.append({"event": "bot", "text": f"({message['response']})"})
        for event in result.events:
            if event.get("event") == "slot":
                self._set(event["name"], event["value"])
        if self.requested_slot:
            # The form asks the next question, then listens.
            self.events.append({"event": "bot", "text": f"(utter_ask_{self.requested_slot})"})
        self.events.append({"event": "action", "name": "action_listen"})
        return result

    async def say(self, text: str, intent: str = "inform") -> Result:
        self._latest = {"text": text, "intent": {"name": intent, "confidence": 1.0}, "entities": []}
        self.events.append({"event": "user", "text": text, "parse_data": self._latest,
                            "input_channel": "rest"})
        return await self._run(self._latest, "action_listen")

    async def digress(self, text: str, intent: str, answer: str) -> tuple[Result, Result]:
        """A question the form rejects; the rule answers with `answer`; the form resumes."""
        rejected = await self.say(text, intent)
        self.events.append({"event": "action", "name": answer})
        self.events.append({"event": "bot", "text": f"({answer})"})
        resumed = await self._run(self._latest, answer)
        return rejected, resumed
