"""Persistence of screening records (SQLAlchemy 1.4)."""

from bot.records.models import (
    CRITERION_STATUSES,
    OUTCOMES,
    SOURCE_TEXT_MAX_CHARS,
    Base,
    CriterionResult,
    Screening,
    ScreeningFact,
)
from bot.records.repository import RecordsUnavailable, ScreeningRepository
from bot.records.users import DashboardUser, DashboardUsers, UserExists

__all__ = [
    "CRITERION_STATUSES",
    "OUTCOMES",
    "SOURCE_TEXT_MAX_CHARS",
    "Base",
    "CriterionResult",
    "DashboardUser",
    "DashboardUsers",
    "RecordsUnavailable",
    "Screening",
    "ScreeningFact",
    "ScreeningRepository",
    "UserExists",
]
