"""The tracker store reads its database from the environment and erases a conversation on request."""

from __future__ import annotations

from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.tracker_store import EnvironmentSQLTrackerStore

DOMAIN = Domain.from_yaml("""
version: "3.1"
slots:
  erase_conversation:
    type: bool
    mappings:
    - type: custom
""")


def store_in(tmp_path, monkeypatch) -> EnvironmentSQLTrackerStore:
    monkeypatch.setenv("TRACKER_STORE_URL", f"sqlite:///{tmp_path / 'nested' / 'tracker.db'}")
    return EnvironmentSQLTrackerStore(domain=DOMAIN)


async def test_the_database_comes_from_the_environment_and_keeps_conversations(tmp_path, monkeypatch):
    store = store_in(tmp_path, monkeypatch)
    tracker = DialogueStateTracker.from_events("synthetic-1", [ActionExecuted("action_listen"),
                                                              UserUttered("hello")], DOMAIN.slots)
    await store.save(tracker)
    assert (tmp_path / "nested" / "tracker.db").exists()
    stored = await store.retrieve("synthetic-1")
    assert stored is not None and stored.latest_message.text == "hello"


async def test_a_deletion_request_erases_the_stored_conversation(tmp_path, monkeypatch):
    store = store_in(tmp_path, monkeypatch)
    events = [ActionExecuted("action_listen"), UserUttered("I'm 67 and I quit in 2015")]
    await store.save(DialogueStateTracker.from_events("synthetic-2", events, DOMAIN.slots))
    await store.save(DialogueStateTracker.from_events("synthetic-3", events, DOMAIN.slots))
    erased = DialogueStateTracker.from_events(
        "synthetic-2", events + [UserUttered("delete my data"), SlotSet("erase_conversation", True)], DOMAIN.slots)
    await store.save(erased)
    assert await store.retrieve("synthetic-2") is None
    assert await store.retrieve("synthetic-3") is not None  # other people's conversations stay
