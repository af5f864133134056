"""Dates for screening: "today" (which SCREENING_DATE overrides) and month arithmetic."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from bot.config import settings

DAYS_PER_MONTH = 365.25 / 12  # 30.4375: the average month, so "6 months" is the same length everywhere


def today() -> date:
    return settings().screening_date or date.today()


def add_months(day: date, months: int) -> date:
    """Calendar months, clamped to the month's last day (31 Aug + 6 months = 28/29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def months_between(earlier: date, later: date) -> float:
    return round((later - earlier).days / DAYS_PER_MONTH, 2)


def date_months_ago(months: float, reference: date) -> date:
    return reference - timedelta(days=round(months * DAYS_PER_MONTH))


def date_weeks_ago(weeks: float, reference: date) -> date:
    return reference - timedelta(days=round(weeks * 7))
