"""Every setting the project reads from the environment, in one place, with local defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Optional

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Settings:
    database_url: str
    tracker_store_url: str
    screening_date: Optional[date]
    rasa_port: int
    action_port: int
    action_endpoint: str
    rasa_interface: str = "127.0.0.1"
    # Coordinator dashboard (bot/web). The secret signs session cookies; never commit one.
    web_port: int = 8080
    web_interface: str = "127.0.0.1"
    dashboard_secret: Optional[str] = None
    dashboard_session_minutes: int = 480
    dashboard_secure_cookie: bool = False
    # The Rasa server as the visitor's browser reaches it (the demo page's chat widget connects there).
    chat_server_url: str = "http://127.0.0.1:5005"
    # Trained models are also kept here, by the hash of their inputs, so a fresh clone (CI, a second
    # work tree) restores the model instead of training it again. None turns the cache off.
    model_cache_dir: Optional[Path] = None
    # When set, Rasa's HTTP API (trackers hold health answers) asks for ?token=...; the channels'
    # webhooks stay open. Unset, the API answers anyone who reaches RASA_INTERFACE (loopback by default).
    rasa_auth_token: Optional[str] = None
    # Origins whose pages may call the Rasa server from a browser (the chat widget). "*" suits local
    # runs; a deployment names the site that embeds the widget.
    rasa_cors_origins: tuple[str, ...] = ("*",)


def _sqlite_url(name: str) -> str:
    return f"sqlite:///{PROJECT_ROOT / 'var' / name}"


def _parse_date(raw: str | None) -> Optional[date]:
    if not raw:
        return None
    try:
        return date.fromisoformat(raw.strip())
    except ValueError as error:
        raise ValueError(f"SCREENING_DATE must be an ISO date (YYYY-MM-DD), got {raw!r}") from error


def _parse_bool(name: str, raw: str | None) -> bool:
    if raw is None or raw.strip() == "":
        return False
    value = raw.strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    raise ValueError(f"{name} must be true or false, got {raw!r}")


def _model_cache_dir(raw: str | None) -> Optional[Path]:
    if raw is not None and raw.strip().lower() in ("", "0", "off", "none", "false"):
        return None
    if raw:
        return Path(raw).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "copd-msc-prescreener" / "models"


def settings() -> Settings:
    """Read the environment now (not at import), so tests can change it."""
    action_port = int(os.environ.get("ACTION_PORT", "5055"))
    rasa_port = int(os.environ.get("RASA_PORT", "5005"))
    return Settings(
        database_url=os.environ.get("DATABASE_URL") or _sqlite_url("screenings.db"),
        tracker_store_url=os.environ.get("TRACKER_STORE_URL") or _sqlite_url("tracker.db"),
        screening_date=_parse_date(os.environ.get("SCREENING_DATE")),
        rasa_port=rasa_port,
        rasa_interface=os.environ.get("RASA_INTERFACE", "127.0.0.1"),
        action_port=action_port,
        action_endpoint=os.environ.get("ACTION_ENDPOINT_URL", f"http://localhost:{action_port}/webhook"),
        web_port=int(os.environ.get("WEB_PORT", "8080")),
        web_interface=os.environ.get("WEB_INTERFACE") or "127.0.0.1",
        dashboard_secret=os.environ.get("DASHBOARD_SECRET") or None,
        dashboard_session_minutes=int(os.environ.get("DASHBOARD_SESSION_MINUTES", "480")),
        dashboard_secure_cookie=_parse_bool("DASHBOARD_SECURE_COOKIE", os.environ.get("DASHBOARD_SECURE_COOKIE")),
        chat_server_url=(os.environ.get("CHAT_SERVER_URL") or f"http://127.0.0.1:{rasa_port}").rstrip("/"),
        model_cache_dir=_model_cache_dir(os.environ.get("MODEL_CACHE_DIR")),
        rasa_auth_token=os.environ.get("RASA_AUTH_TOKEN") or None,
        rasa_cors_origins=tuple(os.environ.get("RASA_CORS_ORIGINS", "*").replace(",", " ").split()) or ("*",),
    )
