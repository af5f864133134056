"""What the tracker's events say about the latest turn, for the forms' validation actions."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker


def slots_before_latest_message(tracker: Tracker) -> dict[str, Any]:
    """Slot values as they were before the latest user message (its entities fill slots too)."""
    values: dict[str, Any] = {}
    latest_user = max((i for i, e in enumerate(tracker.events) if e.get("event") == "user"), default=-1)
    for event in tracker.events[:max(latest_user, 0)]:
        if event.get("event") == "slot":
            values[event.get("name")] = event.get("value")
        elif event.get("event") == "restart":
            values.clear()
    return values


def answered_after_bot_spoke(tracker: Tracker) -> bool:
    """True when the form resumes after a digression: the user's message was answered already."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return False
        if event.get("event") == "bot":
            return True
    return False
