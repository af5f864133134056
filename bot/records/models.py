"""Tables for screening records: one screening per conversation, its facts and criterion results."""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any, List, Optional

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Mapped, declarative_base, relationship
from sqlalchemy.types import TypeDecorator

Base: Any = declarative_base()

SOURCE_TEXT_MAX_CHARS = 1000
CRITERION_STATUSES = frozenset({"met", "not_met", "not_yet", "unknown", "review", "clinic", "missing"})
OUTCOMES = frozenset({"likely_eligible", "not_eligible", "not_yet_eligible", "needs_review"})


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


class UtcDateTime(TypeDecorator):
    """Stores naive UTC and returns aware UTC datetimes.

    SQLite has no time zones and PostgreSQL converts `timestamptz` to the session zone; naive UTC
    in the database gives the same values on every backend.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: Optional[datetime], dialect: Dialect) -> Optional[datetime]:
        if value is None or value.tzinfo is None:
            return value  # naive values are taken to be UTC already
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value: Optional[datetime], dialect: Dialect) -> Optional[datetime]:
        return None if value is None else value.replace(tzinfo=timezone.utc)


class Screening(Base):
    __tablename__ = "screenings"

    id: Mapped[int] = Column(Integer, primary_key=True)
    conversation_id: Mapped[str] = Column(String(255), nullable=False, unique=True, index=True)
    channel: Mapped[str] = Column(String(64), nullable=False)
    criteria_version: Mapped[str] = Column(String(64), nullable=False, default="")
    started_at: Mapped[datetime] = Column(UtcDateTime, nullable=False, default=utc_now)
    finished_at: Mapped[Optional[datetime]] = Column(UtcDateTime)
    outcome: Mapped[Optional[str]] = Column(String(32))
    recheck_after: Mapped[Optional[date]] = Column(Date)
    contact_consent: Mapped[Optional[bool]] = Column(Boolean)
    contact_name: Mapped[Optional[str]] = Column(String(255))
    contact_phone: Mapped[Optional[str]] = Column(String(64))
    contact_email: Mapped[Optional[str]] = Column(String(320))
    preferred_time: Mapped[Optional[str]] = Column(String(255))
    callback_requested: Mapped[bool] = Column(Boolean, nullable=False, default=False)

    facts: Mapped[List[ScreeningFact]] = relationship(
        "ScreeningFact", back_populates="screening", cascade="all, delete-orphan", order_by="ScreeningFact.id"
    )
    results: Mapped[List[CriterionResult]] = relationship(
        "CriterionResult", back_populates="screening", cascade="all, delete-orphan", order_by="CriterionResult.id"
    )


class ScreeningFact(Base):
    """One fact per name and screening; a newer statement of the fact replaces the row."""

    __tablename__ = "screening_facts"
    __table_args__ = (UniqueConstraint("screening_id", "name", name="uq_screening_facts_screening_name"),)

    id: Mapped[int] = Column(Integer, primary_key=True)
    screening_id: Mapped[int] = Column(
        Integer, ForeignKey("screenings.id", ondelete="CASCADE"), nullable=False, index=True
    )
    name: Mapped[str] = Column(String(64), nullable=False)
    value_json: Mapped[str] = Column(Text, nullable=False)
    # The person's own words behind the value, so the study team can check what was understood.
    source_text: Mapped[Optional[str]] = Column(Text)
    recorded_at: Mapped[datetime] = Column(UtcDateTime, nullable=False, default=utc_now)

    screening: Mapped[Screening] = relationship("Screening", back_populates="facts")


class CriterionResult(Base):
    __tablename__ = "criterion_results"

    id: Mapped[int] = Column(Integer, primary_key=True)
    screening_id: Mapped[int] = Column(
        Integer, ForeignKey("screenings.id", ondelete="CASCADE"), nullable=False, index=True
    )
    criterion_id: Mapped[str] = Column(String(64), nullable=False)
    status: Mapped[str] = Column(String(16), nullable=False)
    reason: Mapped[str] = Column(Text, nullable=False, default="")
    recheck_after: Mapped[Optional[date]] = Column(Date)

    screening: Mapped[Screening] = relationship("Screening", back_populates="results")
