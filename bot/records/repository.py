"""Synchronous repository for screening records (the action server calls it via `asyncio.to_thread`).

Records hold health data: log only record ids and counts, never fact values, source text or contact
details, and never the conversation id (on SMS-like channels it is the person's phone number).
"""

from __future__ import annotations

import json
import logging
import threading
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any, Iterator, Mapping, Optional, Sequence, Union

from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, selectinload, sessionmaker
from sqlalchemy.pool import StaticPool

from bot.records.models import (
    CRITERION_STATUSES,
    OUTCOMES,
    SOURCE_TEXT_MAX_CHARS,
    Base,
    CriterionResult,
    Screening,
    ScreeningFact,
    utc_now,
)

logger = logging.getLogger(__name__)

FactValue = Union[bool, int, float, str, list, None]
DateLike = Union[date, str, None]


class RecordsUnavailable(RuntimeError):
    """The records database could not be reached or failed; callers should report an outage."""


class ScreeningRepository:
    def __init__(self, database_url: str) -> None:
        self._database_url = database_url
        self._engine: Optional[Engine] = None
        self._sessions: Optional[sessionmaker] = None
        # Actions run in worker threads; the lock keeps them from building two engines at once.
        self._engine_lock = threading.Lock()

    @property
    def engine(self) -> Engine:
        """The engine, created on first use so that importing or configuring never connects."""
        with self._engine_lock:
            if self._engine is None:
                with _database_errors():
                    self._engine = _create_engine(self._database_url)
                self._sessions = sessionmaker(bind=self._engine, future=True, expire_on_commit=False)
            return self._engine

    def create_schema(self) -> None:
        with _database_errors():
            Base.metadata.create_all(self.engine)

    def close(self) -> None:
        """Release pooled connections."""
        with self._engine_lock:
            if self._engine is not None:
                self._engine.dispose()
                self._engine = None
                self._sessions = None

    def ensure_screening(self, conversation_id: str, channel: str, criteria_version: str) -> int:
        with self._transaction() as session:
            screening = _get_or_create_screening(session, conversation_id, channel, criteria_version)
            return screening.id

    def save_facts(
        self,
        conversation_id: str,
        facts: Mapping[str, FactValue],
        source_text: Optional[str],
        channel: str = "rest",
        criteria_version: str = "",
    ) -> None:
        """Record facts as soon as they are stated, so a person who leaves midway keeps them."""
        with self._transaction() as session:
            screening = _get_or_create_screening(session, conversation_id, channel, criteria_version)
            saved, removed = _upsert_facts(screening, facts, source_text)
            logger.debug("Screening %d: %d facts saved, %d removed.", screening.id, saved, removed)

    def finish_screening(
        self,
        conversation_id: str,
        outcome: str,
        recheck_after: DateLike,
        results: Sequence[Mapping[str, Any]],
        facts: Mapping[str, FactValue],
        criteria_version: str,
        channel: str = "rest",
    ) -> None:
        """Write outcome, criterion results and final facts in one transaction: all or nothing.

        Each result needs `id` and `status`; `reason` and `recheck_after` are optional.
        """
        if outcome not in OUTCOMES:
            raise ValueError(f"unknown outcome {outcome!r}")
        with self._transaction() as session:
            screening = _get_or_create_screening(session, conversation_id, channel, criteria_version)
            screening.outcome = outcome
            screening.recheck_after = _as_date(recheck_after)
            screening.finished_at = utc_now()
            screening.criteria_version = criteria_version
            # Facts come from slots here, without the person's words; unchanged facts keep theirs.
            _upsert_facts(screening, facts, source_text=None)
            screening.results = [_criterion_result(result) for result in results]
            logger.info("Screening %d finished with %d criterion results.", screening.id, len(results))

    def save_contact(
        self,
        conversation_id: str,
        consent: bool,
        name: Optional[str] = None,
        phone: Optional[str] = None,
        email: Optional[str] = None,
        preferred_time: Optional[str] = None,
    ) -> None:
        with self._transaction() as session:
            screening = _get_or_create_screening(session, conversation_id, "rest", "")
            screening.contact_consent = consent
            # Without consent no contact details may be kept, including ones given earlier.
            screening.contact_name = name if consent else None
            screening.contact_phone = phone if consent else None
            screening.contact_email = email if consent else None
            screening.preferred_time = preferred_time if consent else None
            logger.info("Screening %d: contact preference recorded.", screening.id)

    def request_callback(self, conversation_id: str) -> None:
        with self._transaction() as session:
            screening = _get_or_create_screening(session, conversation_id, "rest", "")
            screening.callback_requested = True
            logger.info("Screening %d: callback requested.", screening.id)

    def get_screening(self, conversation_id: str) -> Optional[dict[str, Any]]:
        with self._transaction() as session:
            screening = session.execute(
                _screening_query().where(Screening.conversation_id == conversation_id)
            ).scalar_one_or_none()
            return None if screening is None else _screening_as_dict(screening)

    def list_screenings(
        self,
        outcome: Optional[str] = None,
        since: Optional[date] = None,
        limit: int = 100,
    ) -> list[dict[str, Any]]:
        """Newest first. `since` (a date means its midnight UTC) filters on the start time."""
        query = _screening_query().order_by(Screening.started_at.desc(), Screening.id.desc()).limit(limit)
        if outcome is not None:
            query = query.where(Screening.outcome == outcome)
        if since is not None:
            query = query.where(Screening.started_at >= _as_utc_datetime(since))
        with self._transaction() as session:
            return [_screening_as_dict(screening) for screening in session.execute(query).scalars()]

    def get_screening_by_id(self, screening_id: int) -> Optional[dict[str, Any]]:
        """By record id (the dashboard's key: the conversation id may be a phone number)."""
        with self._transaction() as session:
            screening = session.execute(
                _screening_query().where(Screening.id == screening_id)
            ).scalar_one_or_none()
            return None if screening is None else _screening_as_dict(screening)

    def search_screenings(
        self,
        outcome: Optional[str] = None,
        started_from: Optional[date] = None,
        started_to: Optional[date] = None,
        recheck_due_by: Optional[date] = None,
        callback_requested: Optional[bool] = None,
        limit: Optional[int] = None,
    ) -> list[dict[str, Any]]:
        """Newest first. Dates are whole UTC days, both ends included; `recheck_due_by` keeps
        screenings whose re-check date is on or before that day."""
        query = _screening_query().order_by(Screening.started_at.desc(), Screening.id.desc())
        if outcome is not None:
            query = query.where(Screening.outcome == outcome)
        if started_from is not None:
            query = query.where(Screening.started_at >= _as_utc_datetime(started_from))
        if started_to is not None:
            query = query.where(Screening.started_at < _as_utc_datetime(started_to + timedelta(days=1)))
        if recheck_due_by is not None:
            query = query.where(Screening.recheck_after.is_not(None), Screening.recheck_after <= recheck_due_by)
        if callback_requested is not None:
            query = query.where(Screening.callback_requested.is_(callback_requested))
        if limit is not None:
            query = query.limit(limit)
        with self._transaction() as session:
            return [_screening_as_dict(screening) for screening in session.execute(query).scalars()]

    def delete_screening(self, conversation_id: str) -> bool:
        """Delete the screening with its facts and results; False if there was none."""
        with self._transaction() as session:
            screening = session.execute(
                select(Screening).where(Screening.conversation_id == conversation_id)
            ).scalar_one_or_none()
            if screening is None:
                return False
            session.delete(screening)
            logger.info("Screening %d deleted.", screening.id)
            return True

    @contextmanager
    def _transaction(self) -> Iterator[Session]:
        """A session in a transaction: committed on success, rolled back on any exception."""
        self.engine  # noqa: B018 -- builds the engine and session factory on first use
        assert self._sessions is not None
        with _database_errors():
            with self._sessions() as session, session.begin():
                yield session


@contextmanager
def _database_errors() -> Iterator[None]:
    try:
        yield
    except SQLAlchemyError as exc:
        # Only the error type in the message; statement parameters are hidden by the engine.
        raise RecordsUnavailable(f"screening records database error ({type(exc).__name__})") from exc


def _create_engine(database_url: str) -> Engine:
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite":
        # pre_ping replaces connections the database dropped (e.g. after a restart) before use.
        return create_engine(url, future=True, hide_parameters=True, pool_pre_ping=True)

    options: dict[str, Any] = {"connect_args": {"check_same_thread": False}}
    if url.database in (None, "", ":memory:"):
        # One shared connection; otherwise every worker thread would see its own empty database.
        options["poolclass"] = StaticPool
    elif not url.database.startswith("file:"):
        Path(url.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, future=True, hide_parameters=True, **options)
    event.listen(engine, "connect", _enable_sqlite_foreign_keys)
    return engine


def _enable_sqlite_foreign_keys(dbapi_connection: Any, _connection_record: Any) -> None:
    # SQLite ignores foreign keys (and so ON DELETE CASCADE) unless asked per connection.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _get_or_create_screening(
    session: Session, conversation_id: str, channel: str, criteria_version: str
) -> Screening:
    screening = session.execute(
        select(Screening).where(Screening.conversation_id == conversation_id)
    ).scalar_one_or_none()
    if screening is None:
        screening = Screening(
            conversation_id=conversation_id,
            channel=channel,
            criteria_version=criteria_version,
            started_at=utc_now(),
            callback_requested=False,
        )
        session.add(screening)
        session.flush()  # assigns the id
        logger.info("Screening %d started.", screening.id)
    elif criteria_version and not screening.criteria_version:
        screening.criteria_version = criteria_version
    return screening


def _upsert_facts(
    screening: Screening, facts: Mapping[str, FactValue], source_text: Optional[str]
) -> tuple[int, int]:
    """Latest statement wins; None removes the fact. Returns (saved, removed) counts."""
    if not facts:
        return 0, 0
    source = None if source_text is None else source_text[:SOURCE_TEXT_MAX_CHARS]
    existing = {fact.name: fact for fact in screening.facts}
    now = utc_now()
    saved = removed = 0
    for name, value in facts.items():
        current = existing.get(name)
        if value is None:
            if current is not None:
                screening.facts.remove(current)  # delete-orphan cascade deletes the row
                removed += 1
            continue
        value_json = _encode_fact_value(value)
        if current is None:
            screening.facts.append(
                ScreeningFact(name=name, value_json=value_json, source_text=source, recorded_at=now)
            )
        elif current.value_json != value_json or source is not None:
            # Old words do not back a new value, so a changed value without words clears them.
            current.value_json = value_json
            current.source_text = source
            current.recorded_at = now
        else:
            continue
        saved += 1
    return saved, removed


def _encode_fact_value(value: FactValue) -> str:
    if not isinstance(value, (bool, int, float, str, list)):
        raise TypeError(f"unsupported fact value type {type(value).__name__}")
    return json.dumps(value, allow_nan=False)


def _criterion_result(result: Mapping[str, Any]) -> CriterionResult:
    status = result["status"]
    if status not in CRITERION_STATUSES:
        raise ValueError(f"unknown criterion status {status!r}")
    return CriterionResult(
        criterion_id=str(result["id"]),
        status=status,
        reason=result.get("reason") or "",
        recheck_after=_as_date(result.get("recheck_after")),
    )


def _as_date(value: DateLike) -> Optional[date]:
    """Accepts dates and ISO strings (Rasa slots carry dates as text)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(value)


def _as_utc_datetime(value: date) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)
    return datetime.combine(value, time.min, tzinfo=timezone.utc)


def _screening_query() -> Any:
    return select(Screening).options(selectinload(Screening.facts), selectinload(Screening.results))


def _screening_as_dict(screening: Screening) -> dict[str, Any]:
    return {
        "id": screening.id,
        "conversation_id": screening.conversation_id,
        "channel": screening.channel,
        "criteria_version": screening.criteria_version,
        "started_at": screening.started_at,
        "finished_at": screening.finished_at,
        "outcome": screening.outcome,
        "recheck_after": screening.recheck_after,
        "contact_consent": screening.contact_consent,
        "contact_name": screening.contact_name,
        "contact_phone": screening.contact_phone,
        "contact_email": screening.contact_email,
        "preferred_time": screening.preferred_time,
        "callback_requested": screening.callback_requested,
        "facts": {
            fact.name: {"value": json.loads(fact.value_json), "source_text": fact.source_text}
            for fact in screening.facts
        },
        "results": [
            {
                "id": result.criterion_id,
                "status": result.status,
                "reason": result.reason,
                "recheck_after": result.recheck_after,
            }
            for result in screening.results
        ],
    }
