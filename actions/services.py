"""Shared services for actions, made lazily on first use: the records repository and dates."""

from __future__ import annotations

import asyncio
import logging
import threading
from typing import Any, Callable, Optional, TypeVar

from bot.config import settings
from bot.records import RecordsUnavailable, ScreeningRepository

logger = logging.getLogger(__name__)
T = TypeVar("T")


_repository: Optional[ScreeningRepository] = None
_repository_lock = threading.Lock()


def repository() -> ScreeningRepository:
    """The one repository, its tables created once, even when first answers arrive at the same time."""
    global _repository
    with _repository_lock:  # worker threads race here on the first saves of a fresh database
        if _repository is None:
            repo = ScreeningRepository(settings().database_url)
            repo.create_schema()
            _repository = repo
        return _repository


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
    global _repository
    with _repository_lock:
        _repository = None
