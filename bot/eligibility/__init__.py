"""Eligibility engine: criteria as data, evaluated by small named operators."""

from bot.eligibility.engine import *  # noqa: F401,F403
from bot.eligibility.engine import __all__  # noqa: F401
