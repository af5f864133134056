"""Messaging channels (Telegram, Twilio SMS and WhatsApp, Slack, Facebook Messenger).

Each is a thin subclass of Rasa's channel that adds: a configurable provider API address (so tests
can answer on loopback), buttons as numbered lines where the channel cannot show them
(`options`), the outage notice of `bot.channels`, and turning on only when its environment
variables are set (`credentials`).
"""
