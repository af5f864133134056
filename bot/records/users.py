"""Study-team accounts for the coordinator dashboard (`dashboard_users`).

Only a password hash is stored (see `bot.web.passwords`), never the password. The table lives on the
records `Base`, so `ScreeningRepository.create_schema()` creates it with the screening tables.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Optional

from sqlalchemy import Boolean, Column, Integer, String, select
from sqlalchemy.orm import Mapped, Session

from bot.records.models import Base, UtcDateTime, utc_now
from bot.records.repository import ScreeningRepository, _database_errors

USER_NAME_MAX_CHARS = 64


class DashboardUser(Base):
    __tablename__ = "dashboard_users"

    id: Mapped[int] = Column(Integer, primary_key=True)
    name: Mapped[str] = Column(String(USER_NAME_MAX_CHARS), nullable=False, unique=True, index=True)
    password_hash: Mapped[str] = Column(String(255), nullable=False)
    active: Mapped[bool] = Column(Boolean, nullable=False, default=True)
    created_at: Mapped[datetime] = Column(UtcDateTime, nullable=False, default=utc_now)
    last_sign_in_at: Mapped[Optional[datetime]] = Column(UtcDateTime)


class UserExists(ValueError):
    pass


class DashboardUsers:
    """Synchronous account store on the records database (the web app calls it via `to_thread`)."""

    def __init__(self, repository: ScreeningRepository) -> None:
        self._repository = repository

    def _session(self) -> Session:
        return Session(bind=self._repository.engine, future=True, expire_on_commit=False)

    def add(self, name: str, password_hash: str) -> int:
        with _database_errors(), self._session() as session, session.begin():
            if session.execute(select(DashboardUser.id).where(DashboardUser.name == name)).first():
                raise UserExists(name)
            user = DashboardUser(name=name, password_hash=password_hash, active=True, created_at=utc_now())
            session.add(user)
            session.flush()
            return user.id

    def get(self, name: str) -> Optional[dict[str, Any]]:
        """The active account with this name, or None."""
        with _database_errors(), self._session() as session:
            user = session.execute(
                select(DashboardUser).where(DashboardUser.name == name, DashboardUser.active.is_(True))
            ).scalar_one_or_none()
            if user is None:
                return None
            return {"id": user.id, "name": user.name, "password_hash": user.password_hash}

    def record_sign_in(self, name: str) -> None:
        with _database_errors(), self._session() as session, session.begin():
            user = session.execute(select(DashboardUser).where(DashboardUser.name == name)).scalar_one_or_none()
            if user is not None:
                user.last_sign_in_at = utc_now()

    def deactivate(self, name: str) -> bool:
        with _database_errors(), self._session() as session, session.begin():
            user = session.execute(select(DashboardUser).where(DashboardUser.name == name)).scalar_one_or_none()
            if user is None:
                return False
            user.active = False
            return True

    def names(self) -> list[tuple[str, bool]]:
        with _database_errors(), self._session() as session:
            rows = session.execute(select(DashboardUser.name, DashboardUser.active).order_by(DashboardUser.name))
            return [(name, bool(active)) for name, active in rows]
