"""Rasa's SQL tracker store, configured from TRACKER_STORE_URL (any SQLAlchemy URL).

It also honours a person's request to delete their data: when a turn sets the slot
`erase_conversation`, the conversation's stored events are deleted instead of saved, so the next
message starts a new, empty conversation.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SlotSet
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy.engine import make_url

from bot.config import settings

ERASE_SLOT = "erase_conversation"


def erasure_requested(tracker: DialogueStateTracker) -> bool:
    return any(isinstance(event, SlotSet) and event.key == ERASE_SLOT and event.value
               for event in tracker.events)


class EnvironmentSQLTrackerStore(SQLTrackerStore):
    """endpoints.yml names this class; the database itself comes from the environment."""

    def __init__(self, domain: Optional[Domain] = None, host: Optional[str] = None,
                 event_broker: Optional[EventBroker] = None, **kwargs: Any) -> None:
        url = make_url(settings().tracker_store_url)
        if url.drivername.startswith("sqlite") and url.database:
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        super().__init__(
            domain=domain, dialect=url.drivername, host=url.host, port=url.port,
            db=url.database or "rasa.db", username=url.username, password=url.password,
            event_broker=event_broker, query=dict(url.query) or None)

    async def save(self, tracker: DialogueStateTracker) -> None:
        if erasure_requested(tracker):
            self.erase(tracker.sender_id)
            return
        await super().save(tracker)

    def erase(self, sender_id: str) -> None:
        with self.session_scope() as session:
            session.query(self.SQLEvent).filter(self.SQLEvent.sender_id == sender_id).delete()
            session.commit()
