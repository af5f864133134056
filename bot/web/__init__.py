"""The coordinator dashboard for the study team (aiohttp). `python -m bot.web` runs it."""

from bot.web.app import create_app

__all__ = ["create_app"]
