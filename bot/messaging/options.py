"""Buttons as numbered text options, and a reply of just the number read as that button.

"Has a doctor told you that you have COPD?" with buttons Yes / No / Not sure becomes one message:

    Has a doctor told you that you have COPD? ...
    1. Yes
    2. No
    3. Not sure

and the reply "2" (or "no") is sent on as the payload of the button "No". When every title is
already a number (the breathlessness grades 0-4, which the question's text lists), nothing is
renumbered: "3" is the button titled 3.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from typing import Any, Awaitable, Callable, Iterable, Optional

from rasa.core.channels.channel import UserMessage

# A person who never answers must not keep memory forever: the oldest offers go first.
DEFAULT_LIMIT = 10_000
Option = tuple[str, str]  # (title, payload)
_TRIM = re.compile(r"^[\s#(\[]+|[\s.)\]!]+$")


def _options(buttons: Iterable[dict[str, Any]]) -> list[Option]:
    return [(str(b.get("title", "")), str(b.get("payload", b.get("title", "")))) for b in buttons]


def _is_number(text: str) -> bool:
    return text.strip().isdigit()


def numbered_text(text: str, buttons: list[dict[str, Any]]) -> str:
    """The message for a channel without buttons: the text, then one numbered line per button."""
    titles = [title for title, _ in _options(buttons)]
    if not titles or all(_is_number(title) for title in titles):
        return text
    # One line break, not two: several channels split a text into messages at blank lines.
    return text.rstrip() + "\n" + "\n".join(f"{number}. {title}" for number, title in enumerate(titles, 1))


def _normalised(text: str) -> str:
    return " ".join(_TRIM.sub("", text).casefold().split())


def chosen_payload(options: list[Option], reply: str) -> Optional[str]:
    """The payload of the option the reply names by its number or its title, else None."""
    said = _normalised(reply)
    if not said:
        return None
    numbered = not all(_is_number(title) for title, _ in options)
    if numbered and said.isdigit() and 1 <= int(said) <= len(options):
        return options[int(said) - 1][1]
    for title, payload in options:
        if _normalised(title) == said:
            return payload
    return None


class OfferedOptions:
    """The numbered options last shown to each sender; a reply uses them once, then they are gone."""

    def __init__(self, limit: int = DEFAULT_LIMIT) -> None:
        self.limit = limit
        self._offers: OrderedDict[str, list[Option]] = OrderedDict()

    def offer(self, sender_id: str, buttons: list[dict[str, Any]]) -> None:
        self._offers[sender_id] = _options(buttons)
        self._offers.move_to_end(sender_id)
        while len(self._offers) > self.limit:
            self._offers.popitem(last=False)

    def forget(self, sender_id: str) -> None:
        self._offers.pop(sender_id, None)

    def answer(self, sender_id: str, reply: Optional[str]) -> Optional[str]:
        """The reply as the bot should read it: a chosen option's payload, or the reply as typed."""
        options = self._offers.pop(sender_id, None)
        if not options or reply is None:
            return reply
        return chosen_payload(options, reply) or reply

    def __len__(self) -> int:
        return len(self._offers)


class NumberedOptions:
    """Output-channel mixin: buttons the channel cannot show become numbered lines of the same message.

    The input channel passes its `OfferedOptions` as `self.offers`. `shows_buttons` says when the
    provider's own buttons can carry these (by default never).
    """

    offers: OfferedOptions

    def shows_buttons(self, text: str, buttons: list[dict[str, Any]]) -> bool:
        return False

    async def send_text_with_buttons(self, recipient_id: str, text: str, buttons: list[dict[str, Any]],
                                     **kwargs: Any) -> None:
        if self.shows_buttons(text, buttons):
            self.offers.forget(recipient_id)
            await super().send_text_with_buttons(recipient_id, text, buttons, **kwargs)  # type: ignore[misc]
            return
        self.offers.offer(recipient_id, buttons)
        await self.send_text_message(recipient_id, numbered_text(text, buttons), **kwargs)  # type: ignore[attr-defined]


def choosing_options(offers: OfferedOptions, on_new_message: Callable[[UserMessage], Awaitable[Any]]
                     ) -> Callable[[UserMessage], Awaitable[Any]]:
    """Wraps a channel's message handler: a reply naming an offered option becomes its payload."""

    async def handle(message: UserMessage) -> Any:
        message.text = offers.answer(message.sender_id, message.text)
        return await on_new_message(message)

    return handle
