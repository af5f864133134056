"""Shared services for actions, made lazily on first use: the records repository and dates."""

from __future__ import annotations

import asyncio
import logging
from functools import lru_cache
from typing import Any, Callable, TypeVar

from bot.config import settings
from bot.records import RecordsUnavailable, ScreeningRepository

logger = logging.getLogger(__name__)
T = TypeVar("T")


@lru_cache(maxsize=1)
def repository() -> ScreeningRepository:
    repo = ScreeningRepository(settings().database_url)
    repo.create_schema()
    return repo


async def in_thread(function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Blocking database work runs in a worker thread so the action server keeps serving."""
    return await asyncio.to_thread(function, *args, **kwargs)


async def save_safely(operation: str, work: Callable[[ScreeningRepository], Any]) -> bool:
    """Run `work(repository)` in a thread; on a database outage log it (no personal data), return False."""
    try:
        await in_thread(lambda: work(repository()))
        return True
    except RecordsUnavailable:
        logger.error("records unavailable during %s", operation, exc_info=True)
        return False


def reset_for_tests() -> None:
    repository.cache_clear()
