"""Rasa's SQL tracker store, configured from TRACKER_STORE_URL (any SQLAlchemy URL)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from sqlalchemy.engine import make_url

from bot.config import settings


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
